// The bench data set: many consultancies (tenants) working with many councils, made through the
// domain's deciders and appended through the event-store port exactly as the API's command pipeline
// records them (same ids, stream names, metadata and expected revisions), cached under out/.
//
// Each bounded context has its own generator module in this folder, listed in contexts.mjs.
// A module exports `name`, `version` (bump it when its output changes: the cache key includes it)
// and `steps`: { phase: 'tenant' | 'council', order, run: function* (tenant, g, council?) }.
// A step yields { stream, decider, command, options? } — what the API hands to
// AppContext.send — after taking the command's metadata from g.meta(actor, reason?), the
// tenant's clock. Per tenant, steps run by phase then order: the consultancy first, then each
// council in turn (structure, people, audit grants, and later posts, deals, …).
//
// Tenants act at the same time: their timelines are merged by the instant of each command, so
// global positions follow time. Deciding runs on worker threads; this thread appends, with many
// appends in flight so that the store's group commit writes them in large transactions.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { OUT_DIR, apiDist, eventStore } from '../lib/paths.mjs';
import { rng, seedOf } from '../lib/random.mjs';
import { CONTEXTS } from './contexts.mjs';
import { planStaff } from './tenancy.mjs';
import { Heap } from './heap.mjs';
import { DAY, END, EPOCH, dryRun, loadLib } from './timeline.mjs';

export const GENERATOR_VERSION = 2;
export const TARGET_EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
export const XL_TENANT_EVENTS = Math.min(100_000, Math.floor(TARGET_EVENTS / 10)); // the as-at figure's tenant
export const BENCH_PASSWORD = 'orgledger-bench-2026';
const SEED = 20260101;
const APPENDS_PER_COMMIT = 10_000; // appends queued in one tick share one group commit
const CHUNK = 2000; // appends a worker hands over per request
const WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));

// ---------- which tenants, how big ----------
const councilsFor = (r) => {
  const x = r.next();
  if (x < 0.7) return r.int(2, 10);
  if (x < 0.95) return r.int(10, 35);
  return r.int(35, 90);
};

const planTenants = (shared, log) => {
  const r = rng(SEED);
  const plans = [];
  let total = 0;
  // the as-at figure's tenant: a large consultancy active from the start
  const xl = { index: 0, seed: seedOf(SEED, 'tenant', 0), councils: 100_000, startMs: EPOCH, endMs: END - 60 * DAY, xl: true };
  xl.staff = { admins: 3, consultants: 80, auditors: 5 };
  const sized = dryRun(xl, shared, XL_TENANT_EVENTS);
  Object.assign(xl, { councils: sized.councils, ticks: sized.ticks, events: sized.events });
  plans.push(xl);
  total += xl.events;
  while (total < TARGET_EVENTS) {
    const index = plans.length;
    const councils = councilsFor(r);
    const startMs = EPOCH + Math.floor(r.next() * (END - 180 * DAY - EPOCH));
    const plan = { index, seed: seedOf(SEED, 'tenant', index), councils, startMs, endMs: END, staff: planStaff(r, councils) };
    Object.assign(plan, dryRun(plan, shared));
    plans.push(plan);
    total += plan.events;
  }
  // The newest consultancy is still onboarding: it stops where the data set reaches its size exactly.
  const last = plans[plans.length - 1];
  last.eventLimit = last.events - (total - TARGET_EVENTS);
  log(`planned ${plans.length} tenants, ${TARGET_EVENTS.toLocaleString('en-GB')} events; deciding on ${WORKERS} worker thread(s)`);
  return plans;
};

// Each worker yields its tenants' appends merged by instant, a chunk at a time, asked for ahead of need.
const startWorkers = (plans, passwordHash, log) => {
  const workers = Array.from({ length: WORKERS }, (_, w) => {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: { plans: plans.filter((p) => p.index % WORKERS === w), passwordHash },
    });
    const source = { worker, items: [], at: 0, next: [], done: false, asked: false, wake: null, summary: null };
    worker.on('error', (e) => {
      log(`generator worker failed: ${e.stack ?? e}`);
      process.exit(1);
    });
    worker.on('message', (m) => {
      if (m.type === 'log') return log(m.msg);
      if (m.type === 'summary') source.summary = m;
      else {
        source.next = m.items;
        source.done = m.done;
        source.asked = false;
      }
      source.wake?.();
      source.wake = null;
    });
    return source;
  });
  const ask = (s) => {
    if (s.asked || s.done) return;
    s.asked = true;
    s.worker.postMessage({ type: 'more', count: CHUNK });
  };
  const wait = (s) => new Promise((resolve) => (s.wake = resolve));
  return {
    count: workers.length,
    // worker w's next append, or null when its tenants are done
    next: async (w) => {
      const s = workers[w];
      while (s.at >= s.items.length) {
        if (s.next.length > 0) {
          [s.items, s.at, s.next] = [s.next, 0, []];
          break;
        }
        if (s.done) return null;
        ask(s);
        await wait(s);
      }
      if (s.next.length === 0) ask(s); // keep the following chunk coming while this one is used
      return s.items[s.at++];
    },
    finish: async () => {
      const summaries = [];
      for (const s of workers) {
        s.worker.postMessage({ type: 'finish' });
        while (!s.summary) await wait(s);
        summaries.push(s.summary);
        await s.worker.terminate();
      }
      return summaries;
    },
  };
};

export const generate = async (dir, log) => {
  const started = Date.now();
  const { hashPassword } = apiDist('platform/auth/password.js');
  // One scrypt hash for every generated user (hashing each would take hours); they all sign in with it.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const plans = planTenants({ lib: loadLib(), passwordHash }, log);
  const store = eventStore().openSqliteEventStore({ file: join(dir, 'events.sqlite') });
  const source = startWorkers(plans, passwordHash, log);
  let pending = [];
  let emitted = 0;
  const flush = async () => {
    const batch = pending;
    pending = [];
    await Promise.all(batch.map((p) => store.append(p.stream, p.events, { expectedRevision: p.expectedRevision })));
  };
  const accepted = []; // [tenantId, userId]: each gets the bench password in credentials.sqlite
  const heap = new Heap();
  const pull = async (w) => {
    const item = await source.next(w);
    if (item) heap.push({ ms: item.ms, w, item });
  };
  for (let w = 0; w < source.count; w += 1) await pull(w);
  let nextLog = 100_000;
  while (heap.size > 0) {
    const { w, item } = heap.pop();
    pending.push(item);
    emitted += item.events.length;
    for (const e of item.events) if (e.type === 'InvitationAccepted') accepted.push([e.metadata.tenantId, e.data.userId]);
    await pull(w);
    if (pending.length >= APPENDS_PER_COMMIT) await flush();
    if (emitted >= nextLog) {
      log(`  ${emitted.toLocaleString('en-GB')} events (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      nextLog += 100_000;
    }
  }
  await flush();
  await store.close();
  const credentials = apiDist('platform/auth/credential-store.js').openCredentialStore(dir);
  for (const [tenantId, userId] of accepted) await credentials.setPassword(tenantId, userId, passwordHash, new Date(END).toISOString());
  await credentials.close();
  const summaries = await source.finish();
  if (emitted !== TARGET_EVENTS) throw new Error(`generated ${emitted} events, expected ${TARGET_EVENTS}`);

  const info = new Map(summaries.flatMap((s) => s.tenants).map((t) => [t.index, t]));
  const byType = {};
  for (const s of summaries) for (const [type, n] of Object.entries(s.byType)) byType[type] = (byType[type] ?? 0) + n;
  const summary = (plan) => {
    const t = info.get(plan.index);
    return {
      tenantId: t.tenantId,
      name: t.name,
      events: t.events,
      complete: t.events === plan.events,
      ...t.stats,
      firstEventAt: t.firstEventAt,
      lastEventAt: t.lastEventAt,
      consultantEmail: t.consultantEmail,
      adminEmail: t.adminEmail,
    };
  };
  // The dashboard tenant: a typical consultancy — the median number of councils among complete tenants.
  const typical = plans
    .filter((p) => !p.xl && info.get(p.index).events === p.events)
    .sort((a, b) => info.get(a.index).stats.councils - info.get(b.index).stats.councils || a.index - b.index);
  const sizes = [...info.values()].map((t) => t.events).sort((a, b) => a - b);
  return {
    events: emitted,
    refused: summaries.reduce((n, s) => n + s.refused, 0),
    tenants: plans.length,
    tenantEvents: { min: sizes[0], median: sizes[Math.floor(sizes.length / 2)], max: sizes[sizes.length - 1] },
    councils: [...info.values()].reduce((n, t) => n + t.stats.councils, 0),
    services: [...info.values()].reduce((n, t) => n + t.stats.services, 0),
    streams: summaries.reduce((n, s) => n + s.streams, 0),
    byType,
    xlTenant: summary(plans[0]),
    dashboardTenant: summary(typical[Math.floor(typical.length / 2)]),
    password: BENCH_PASSWORD,
    generatedInSeconds: Math.round((Date.now() - started) / 100) / 10,
  };
};

export const datasetKey = () =>
  createHash('sha256')
    .update(JSON.stringify({ GENERATOR_VERSION, TARGET_EVENTS, XL_TENANT_EVENTS, SEED, contexts: CONTEXTS.map((c) => [c.name, c.version]) }))
    .digest('hex')
    .slice(0, 12);

// Returns the cached data set for this generator version, generating it first when missing.
export const ensureDataset = async (log = console.log) => {
  const key = datasetKey();
  const dir = join(OUT_DIR, `dataset-${key}`);
  const manifestFile = join(dir, 'manifest.json');
  if (existsSync(manifestFile)) return { dir, file: join(dir, 'events.sqlite'), manifest: JSON.parse(readFileSync(manifestFile, 'utf8')), cached: true };
  mkdirSync(OUT_DIR, { recursive: true });
  for (const old of readdirSync(OUT_DIR).filter((f) => f.startsWith('dataset-'))) rmSync(join(OUT_DIR, old), { recursive: true, force: true });
  const tmp = `${dir}.partial`;
  mkdirSync(tmp, { recursive: true });
  log(`generating the data set (${TARGET_EVENTS.toLocaleString('en-GB')} events, key ${key}); it is cached for the next runs`);
  const manifest = {
    key,
    generatorVersion: GENERATOR_VERSION,
    contexts: Object.fromEntries(CONTEXTS.map((c) => [c.name, c.version])),
    ...(await generate(tmp, log)),
  };
  writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(tmp, dir);
  return { dir, file: join(dir, 'events.sqlite'), manifest, cached: false };
};

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  ensureDataset().then(({ dir, manifest }) => console.log(dir, JSON.stringify(manifest, null, 2)));
}
