// Figure 1: commands per second through the API's full command pipeline, in process:
// AppContext.send = load the stream → decide → append with the revision read → wait for the
// read models to include it (read-your-writes). Each client adds services to councils of its own
// (AddService, 64 per council, as a consultant recording a council's structure).
// The limit beside it, on the same store file with the same pragmas (WAL, synchronous=FULL): raw
// better-sqlite3 inserts of the same event row, one transaction per insert for 1 writer, and
// 16 inserts per transaction for 16 (the batching the store's group commit gives 16 writers).
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { apiDist, eventStoreSchema, requireFromApi } from '../lib/paths.mjs';
import { alternate, median, percentile } from '../lib/measure.mjs';
import { TOKEN_SECRET } from './cold-start.mjs';

export const ROUNDS = 5;
export const SERVICES_PER_COUNCIL = 64;
const DIRECTORATES = ['Resources', 'Place and Environment', "Children's Services", 'Adults, Health and Wellbeing'];

export const openApiContext = async (dataDir) => {
  requireFromApi('reflect-metadata');
  const { configFromEnv } = apiDist('platform/config.js');
  const { openContext } = apiDist('platform/bootstrap.js');
  return openContext(configFromEnv({ DATA_DIR: dataDir, TOKEN_SECRET }));
};

const rawInserter = (storeFile) => {
  const { openDatabase } = eventStoreSchema();
  const db = openDatabase(storeFile);
  const insert = db.prepare(
    `INSERT INTO events (stream, revision, event_id, type, tenant_id, category, data, metadata, recorded_at, prev_hash, hash)
     VALUES (?, ?, ?, 'ServiceAdded', 'bench', 'rawBench', ?, ?, ?, ?, ?)`,
  );
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  // the row a ServiceAdded event makes, as the store writes it
  const data = JSON.stringify({ authorityId: randomUUID(), directorateId: randomUUID(), name: 'Waste and Recycling (North)', serviceId: randomUUID() });
  const metadata = JSON.stringify({
    actor: { displayName: 'Bench Consultant', role: 'consultant', userId: randomUUID() },
    authorityId: randomUUID(),
    causationId: randomUUID(),
    correlationId: randomUUID(),
    occurredAt: new Date().toISOString(),
    tenantId: 'bench',
  });
  const hash = 'f'.repeat(64);
  let stream = 0;
  const run = randomUUID(); // a store file may be measured more than once (one.mjs)
  return {
    run: (inserts, perTransaction) => {
      const name = `rawBench-bench_${run}-${(stream += 1)}`;
      const start = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      for (let revision = 0; revision < inserts;) {
        begin.run();
        for (let i = 0; i < perTransaction; i += 1, revision += 1) {
          insert.run(name, revision, randomUUID(), data, metadata, new Date().toISOString(), hash, hash);
        }
        commit.run();
      }
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const used = process.cpuUsage(cpu);
      return { rate: inserts / seconds, cpuUs: (used.user + used.system) / inserts };
    },
    close: () => db.close(),
  };
};

export const measureCommands = async ({ ctx, storeFile, log }) => {
  const { commandMeta, SYSTEM_ACTOR } = apiDist('platform/app-context.js');
  const { createTenant } = apiDist('tenancy/tenancy.commands.js');
  const { registerAuthority, addDirectorate, addService } = apiDist('authorities/authority.commands.js');
  const tenantId = await createTenant(ctx, commandMeta('pending', SYSTEM_ACTOR, {}), { name: 'Bench Consultancy' });
  const consultant = { userId: randomUUID(), role: 'consultant', displayName: 'Bench Consultant' };
  const meta = () => commandMeta(tenantId, consultant, {});
  let councilNumber = 0;

  // Untimed: the councils (each with its directorates) the clients will fill with services.
  const councils = async (n) => {
    const made = [];
    for (let i = 0; i < n; i += 1) {
      const authorityId = await registerAuthority(ctx, meta(), { name: `Bench Council ${(councilNumber += 1)}`, kind: 'Unitary authority' });
      const directorates = [];
      for (const name of DIRECTORATES) directorates.push(await addDirectorate(ctx, meta(), { authorityId, name }));
      made.push({ authorityId, directorates });
    }
    return made;
  };

  // `clients` concurrent clients, each adding SERVICES_PER_COUNCIL services to each of its councils in turn.
  const pipeline = async (clients, councilsPerClient) => {
    const mine = await Promise.all(Array.from({ length: clients }, () => councils(councilsPerClient)));
    const latencies = [];
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    await Promise.all(
      mine.map(async (list) => {
        for (const { authorityId, directorates } of list) {
          for (let i = 0; i < SERVICES_PER_COUNCIL; i += 1) {
            const t0 = process.hrtime.bigint();
            await addService(ctx, meta(), { authorityId, directorateId: directorates[i % directorates.length], name: `Service ${i + 1}` });
            latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          }
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    return {
      rate: latencies.length / seconds,
      p50ms: percentile(latencies, 50),
      p99ms: percentile(latencies, 99),
      cpuUs: (used.user + used.system) / latencies.length,
    };
  };

  const raw = rawInserter(storeFile);
  try {
    const samples = await alternate(
      ROUNDS,
      {
        raw1: async () => raw.run(512, 1),
        one: async () => pipeline(1, 4), // 256 commands
        raw16: async () => raw.run(1024, 16),
        sixteen: async () => pipeline(16, 1), // 1,024 commands
      },
      log,
    );
    const m = (list, key) => median(list.map((s) => s[key]));
    const summary = (list) => ({ rate: m(list, 'rate'), p50ms: m(list, 'p50ms'), p99ms: m(list, 'p99ms'), cpuUs: m(list, 'cpuUs') });
    return {
      one: { ...summary(samples.one), limit: m(samples.raw1, 'rate'), limitCpuUs: m(samples.raw1, 'cpuUs') },
      sixteen: { ...summary(samples.sixteen), limit: m(samples.raw16, 'rate'), limitCpuUs: m(samples.raw16, 'cpuUs') },
      rounds: ROUNDS,
    };
  } finally {
    raw.close();
  }
};

export const storeFileOf = (dataDir) => join(dataDir, 'events.sqlite');
