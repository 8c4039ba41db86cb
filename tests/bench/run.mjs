// `npm run bench` (after `npm run build`): OrgLedger's figures, each next to a limit measured in
// the same run on the same machine, on a cached 1,000,000-event data set. Writes out/results.json
// and out/results.md. See README.md in this folder.
import { copyFileSync, constants, existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { ensureDataset } from './generate/index.mjs';
import { API_MAIN, OUT_DIR, requireFromApi } from './lib/paths.mjs';
import { fmt } from './lib/measure.mjs';
import { memoryOf, stopChild } from './lib/child.mjs';
import { renderTable, writeResults } from './lib/report.mjs';
import { measureWebBundle, TARGET_BYTES } from './figures/web-bundle.mjs';
import { measureRebuild } from './figures/rebuild.mjs';
import { measureColdStart, startBare, startWithRebuild } from './figures/cold-start.mjs';
import { measureDashboard } from './figures/dashboard.mjs';
import { measureCommands, openApiContext } from './figures/commands.mjs';
import { measureAsAt, TARGET_P95_MS } from './figures/as-at.mjs';

const started = Date.now();
const loadAtStart = loadavg();
const ORDER = [
  'commands-1',
  'commands-16',
  'projection-rebuild',
  'as-at',
  'dashboard-rps',
  'dashboard-p99',
  'cold-start',
  'cold-start-rebuild',
  'memory',
  'web-initial-js',
];
const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const MiB = 1024 * 1024;
const children = new Set();
const track = (c) => (children.add(c), c);

const main = async () => {
  if (!existsSync(API_MAIN)) throw new Error('apps/api/dist is missing: run `npm run build` first.');
  const dataset = await ensureDataset(log);
  const { manifest } = dataset;
  log(
    `data set ${dataset.cached ? '(cached)' : '(generated)'}: ${manifest.events.toLocaleString('en-GB')} events, ${manifest.tenants} tenants, ${dataset.dir}`,
  );

  // A working copy: the API and the commands figure write to it; the cached data set stays pristine.
  const work = join(OUT_DIR, 'work');
  const dataDir = join(work, 'data');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(dataset.file, join(dataDir, 'events.sqlite'), constants.COPYFILE_FICLONE);
  copyFileSync(join(dataset.dir, 'credentials.sqlite'), join(dataDir, 'credentials.sqlite'), constants.COPYFILE_FICLONE);
  const storeFile = join(dataDir, 'events.sqlite');
  const readModelsFile = join(dataDir, 'read-models.sqlite');
  const figures = [];
  const details = {};

  // 7. web client initial JavaScript
  const web = measureWebBundle();
  details.webBundle = web;
  figures.push(
    web.status
      ? { id: 'web-initial-js', name: 'Web client initial JS (gzip)', display: web.status, target: '≤ 200 KB', met: null }
      : {
          id: 'web-initial-js',
          name: 'Web client initial JS (gzip)',
          value: web.gzip,
          unit: 'bytes',
          display: `${fmt(web.gzip / 1000, 1)} KB`,
          target: '≤ 200 KB',
          met: web.gzip <= TARGET_BYTES,
          note: `${web.files.length} files (${web.files.map((f) => f.file).join(', ')}), ${fmt(web.raw / 1000, 1)} KB before gzip.`,
        },
  );

  // 2. projection rebuild (the last round leaves the read models built for the cold start)
  log('projection rebuild vs raw SELECT + JSON.parse');
  const rebuild = await measureRebuild({ storeFile, readModelsFile, log });
  details.rebuild = rebuild;
  figures.push({
    id: 'projection-rebuild',
    name: `Projection rebuild, ${rebuild.events.toLocaleString('en-GB')} events`,
    value: rebuild.rate,
    unit: 'events/s',
    display: `${fmt(rebuild.rate)} events/s`,
    limitName: 'raw SELECT + JSON.parse (data, metadata)',
    limit: rebuild.limitRate,
    limitDisplay: `${fmt(rebuild.limitRate)} events/s`,
    ratio: rebuild.rate / rebuild.limitRate,
    target: '≥ 300,000/s and ≥ 0.6× limit',
    met: rebuild.rate >= 300_000 && rebuild.rate / rebuild.limitRate >= 0.6,
    note: `caught up in ${fmt(rebuild.seconds, 2)} s; the raw read takes ${fmt(rebuild.limitSeconds, 2)} s. CPU per event (all threads): rebuild ${fmt(rebuild.cpuUsPerEvent, 1)} µs, raw read ${fmt(rebuild.limitCpuUsPerEvent, 1)} µs.`,
  });

  // 5a. cold start with read models built
  const logDir = work;
  log('cold start (read models built) vs bare GraphQL server start');
  const cold = await measureColdStart({ dataDir, logDir, log });
  details.coldStart = cold;
  figures.push({
    id: 'cold-start',
    name: 'Cold start to /readyz 200, read models built',
    value: cold.seconds,
    unit: 's',
    display: `${fmt(cold.seconds, 2)} s`,
    limitName: 'bare Nest GraphQL server, spawn to first answer',
    limit: cold.bareSeconds,
    limitDisplay: `${fmt(cold.bareSeconds, 2)} s`,
    ratio: cold.seconds / cold.bareSeconds,
    target: '≤ 5 s',
    met: cold.seconds <= 5,
  });

  // 5b + 6 + 4: cold start with a rebuild; that process's memory; the dashboard against it
  log('cold start with the read models rebuilt at boot');
  const api = await startWithRebuild({ dataDir, logDir });
  track(api.child);
  details.coldStartRebuild = { seconds: api.seconds, memory: api.memory };
  log(`    ready in ${fmt(api.seconds, 2)} s, RSS ${fmt(api.memory.rss / MiB)} MiB (peak ${fmt(api.memory.peak / MiB)} MiB)`);
  const bare = await startBare({ logFile: join(logDir, 'bare.log') });
  track(bare.child);
  log('dashboard query under load vs bare GraphQL server');
  const dashboard = await measureDashboard({
    apiPort: api.port,
    apiPid: api.child.pid,
    barePort: bare.port,
    barePid: bare.child.pid,
    tenant: manifest.dashboardTenant,
    password: manifest.password,
    log,
  });
  details.dashboard = dashboard;
  const afterLoad = memoryOf(api.child.pid);
  const bareMemory = memoryOf(bare.child.pid);
  details.memory = { afterRebuild: api.memory, afterLoad, bare: bareMemory };
  await stopChild(api.child);
  await stopChild(bare.child);
  children.clear();

  const limitRebuildStart = cold.bareSeconds + rebuild.limitSeconds;
  figures.push({
    id: 'cold-start-rebuild',
    name: 'Cold start to /readyz 200, read models rebuilt',
    value: api.seconds,
    unit: 's',
    display: `${fmt(api.seconds, 2)} s`,
    limitName: 'bare server start + raw read of all events',
    limit: limitRebuildStart,
    limitDisplay: `${fmt(limitRebuildStart, 2)} s`,
    ratio: api.seconds / limitRebuildStart,
    target: '(no target)',
    met: null,
  });
  figures.push({
    id: 'memory',
    name: `API RSS, ${manifest.events.toLocaleString('en-GB')} events in read models`,
    value: api.memory.rss,
    unit: 'bytes',
    display: `${fmt(api.memory.rss / MiB)} MiB`,
    limitName: 'bare Nest GraphQL server RSS',
    limit: bareMemory.rss,
    limitDisplay: `${fmt(bareMemory.rss / MiB)} MiB`,
    ratio: api.memory.rss / bareMemory.rss,
    target: '≤ 1 GiB',
    met: api.memory.rss <= 1024 * MiB,
    note: `right after the rebuild at boot; peak during it ${fmt(api.memory.peak / MiB)} MiB; after the dashboard load ${fmt(afterLoad.rss / MiB)} MiB.`,
  });
  const tenant = manifest.dashboardTenant;
  figures.push({
    id: 'dashboard-rps',
    name: `Dashboard query, 10 connections (req/s)`,
    value: dashboard.rps,
    unit: 'req/s',
    display: `${fmt(dashboard.rps)} req/s`,
    limitName: 'bare Nest GraphQL server, constant',
    limit: dashboard.bareRps,
    limitDisplay: `${fmt(dashboard.bareRps)} req/s`,
    ratio: dashboard.rps / dashboard.bareRps,
    target: '≥ 0.5× limit',
    met: dashboard.rps / dashboard.bareRps >= 0.5,
    note: `tenant "${tenant.name}": ${tenant.councils} councils, ${tenant.services} services, ${tenant.programmes} programmes; response ${fmt(dashboard.responseBytes / 1000, 1)} KB; ${dashboard.rounds} rounds of ${dashboard.roundSeconds} s per side. Server CPU per request: API ${fmt(dashboard.cpuMsPerRequest, 2)} ms, bare ${fmt(dashboard.bareCpuMsPerRequest, 2)} ms.`,
  });
  figures.push({
    id: 'dashboard-p99',
    name: 'Dashboard query, 10 connections (p99)',
    value: dashboard.p99,
    unit: 'ms',
    display: `${fmt(dashboard.p99, 1)} ms`,
    limitName: 'bare Nest GraphQL server, constant',
    limit: dashboard.bareP99,
    limitDisplay: `${fmt(dashboard.bareP99, 1)} ms`,
    ratio: dashboard.p99 / Math.max(dashboard.bareP99, 0.001),
    target: '≤ 20 ms',
    met: dashboard.p99 <= 20,
    note: `p50 ${fmt(dashboard.p50, 1)} ms.`,
  });

  // 1 + 3: in process, on the working copy (read models built by the API above)
  log('commands through the pipeline vs raw inserts');
  const ctx = await openApiContext(dataDir);
  let commands;
  let asAt;
  try {
    commands = await measureCommands({ ctx, storeFile, log });
    asAt = await measureAsAt({ ctx, tenant: manifest.xlTenant });
  } finally {
    await ctx.readModels.close();
    await ctx.store.close();
  }
  details.commands = commands;
  details.asAt = asAt;
  figures.push(
    {
      id: 'commands-1',
      name: 'Commands/s, 1 client (AppContext.dispatch)',
      value: commands.one.rate,
      unit: 'commands/s',
      display: `${fmt(commands.one.rate)} /s`,
      limitName: 'raw insert, 1 per tx (WAL, sync=FULL)',
      limit: commands.one.limit,
      limitDisplay: `${fmt(commands.one.limit)} /s`,
      ratio: commands.one.rate / commands.one.limit,
      target: '≥ 0.5× limit',
      met: commands.one.rate / commands.one.limit >= 0.5,
      note: `AddService, 64 per council; latency p50 ${fmt(commands.one.p50ms, 2)} ms, p99 ${fmt(commands.one.p99ms, 2)} ms; CPU ${fmt(commands.one.cpuUs)} µs per command, ${fmt(commands.one.limitCpuUs)} µs per raw insert.`,
    },
    {
      id: 'commands-16',
      name: 'Commands/s, 16 clients (AppContext.dispatch)',
      value: commands.sixteen.rate,
      unit: 'commands/s',
      display: `${fmt(commands.sixteen.rate)} /s`,
      limitName: 'raw insert, 16 per tx (group commit)',
      limit: commands.sixteen.limit,
      limitDisplay: `${fmt(commands.sixteen.limit)} /s`,
      ratio: commands.sixteen.rate / commands.sixteen.limit,
      target: '≥ 0.5× limit and ≥ 5,000/s',
      met: commands.sixteen.rate / commands.sixteen.limit >= 0.5 && commands.sixteen.rate >= 5000,
      note: `each client on its own councils; latency p50 ${fmt(commands.sixteen.p50ms, 2)} ms, p99 ${fmt(commands.sixteen.p99ms, 2)} ms; CPU ${fmt(commands.sixteen.cpuUs)} µs per command, ${fmt(commands.sixteen.limitCpuUs)} µs per raw insert.`,
    },
  );
  const xl = manifest.xlTenant;
  figures.push(
    asAt.status
      ? {
          id: 'as-at',
          name: `As-at query p95, ${xl.events.toLocaleString('en-GB')}-event tenant`,
          display: asAt.status,
          target: `p95 ≤ ${TARGET_P95_MS} ms`,
          met: null,
        }
      : {
          id: 'as-at',
          name: `As-at query p95, ${xl.events.toLocaleString('en-GB')}-event tenant`,
          value: asAt.p95ms,
          unit: 'ms',
          display: `${fmt(asAt.p95ms, 1)} ms`,
          target: `p95 ≤ ${TARGET_P95_MS} ms`,
          met: asAt.p95ms <= TARGET_P95_MS,
          note: `p50 ${fmt(asAt.p50ms, 1)} ms over ${asAt.queries} dates.`,
        },
  );

  figures.sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
  const Database = requireFromApi('better-sqlite3');
  const mem = new Database(':memory:', { nativeBinding: process.env.ORGLEDGER_SQLITE_BINDING || undefined });
  const sqlite = mem.prepare('SELECT sqlite_version() AS v').get().v;
  mem.close();
  const report = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    sqlite,
    machine: { cpus: availableParallelism(), loadAverage: loadAtStart.map((l) => Math.round(l * 100) / 100) },
    totalSeconds: Math.round((Date.now() - started) / 1000),
    dataset: { cached: dataset.cached, ...manifest },
    figures,
    details,
  };
  writeResults(OUT_DIR, report);
  rmSync(work, { recursive: true, force: true });
  console.log(`\n${renderTable(figures)}\n`);
  for (const f of figures.filter((x) => x.note)) console.log(`  ${f.name}: ${f.note}`);
  console.log(`\nwritten ${join(OUT_DIR, 'results.json')} and results.md in ${report.totalSeconds} s`);
};

main().catch(async (error) => {
  console.error(error);
  for (const c of children) await stopChild(c);
  process.exitCode = 1;
});
