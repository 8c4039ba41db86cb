// Figure 2: projection rebuild — the API's read models started from nothing over the whole store,
// timed to caught up — next to the limit: one raw SELECT of every event row with both JSON columns
// parsed (the least work any rebuild must do), on the same file, in alternating rounds.
import { rmSync } from 'node:fs';
import { apiDist, eventStore, eventStoreSchema } from '../lib/paths.mjs';
import { alternate, cpuTimed, median } from '../lib/measure.mjs';

export const ROUNDS = 3;

const removeReadModels = (file) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
};

// The raw limit, as in packages/event-store/src/bench/store-bench.ts.
const rawRead = async (storeFile) => {
  const { openDatabase, EVENT_COLUMNS } = eventStoreSchema();
  const db = openDatabase(storeFile);
  try {
    const rows = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY position`);
    let count = 0;
    const { seconds, cpuSeconds } = await cpuTimed(() => {
      for (const row of rows.iterate()) {
        JSON.parse(row.data);
        JSON.parse(row.metadata);
        count += 1;
      }
    });
    return { events: count, seconds, rate: count / seconds, cpuUs: (cpuSeconds * 1e6) / count };
  } finally {
    db.close();
  }
};

// What the API does at boot on an empty read-model file: openReadModels + start (catch-up).
export const rebuildOnce = async (storeFile, readModelsFile) => {
  const { openReadModels } = apiDist('platform/read-models.js');
  const projectors = apiDist('platform/bootstrap.js').appReadModels();
  removeReadModels(readModelsFile);
  const store = eventStore().openSqliteEventStore({ file: storeFile });
  const head = await store.headPosition();
  const readModels = openReadModels(readModelsFile, projectors);
  const { seconds, cpuSeconds } = await cpuTimed(() => readModels.start(store));
  const caughtUp = readModels.checkpoint();
  await readModels.close();
  await store.close();
  if (!caughtUp || caughtUp.commit !== head.commit) throw new Error(`rebuild stopped at ${caughtUp?.commit}, head is ${head.commit}`);
  const events = Number(head.commit);
  return { events, seconds, rate: events / seconds, cpuUs: (cpuSeconds * 1e6) / events };
};

export const measureRebuild = async ({ storeFile, readModelsFile, log }) => {
  const samples = await alternate(
    ROUNDS,
    {
      limit: async () => rawRead(storeFile),
      rebuild: async () => rebuildOnce(storeFile, readModelsFile),
    },
    log,
  );
  return {
    events: samples.rebuild[0].events,
    rate: median(samples.rebuild.map((s) => s.rate)),
    seconds: median(samples.rebuild.map((s) => s.seconds)),
    limitRate: median(samples.limit.map((s) => s.rate)),
    limitSeconds: median(samples.limit.map((s) => s.seconds)),
    cpuUsPerEvent: median(samples.rebuild.map((s) => s.cpuUs)),
    limitCpuUsPerEvent: median(samples.limit.map((s) => s.cpuUs)),
    rounds: ROUNDS,
  };
};
