// Figures 5 and 6: the API process from spawn to GET /readyz 200 on the big data folder, with the
// read models already built and with them absent (rebuilt at boot), and its resident memory once
// everything is loaded. The limit beside a cold start: the bare GraphQL server on the same stack,
// from spawn to its first answer, in alternating rounds.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { API_MAIN, BENCH_DIR } from '../lib/paths.mjs';
import { freePort, httpJson, memoryOf, spawnNode, stopChild, waitUntil } from '../lib/child.mjs';
import { alternate, median, timed } from '../lib/measure.mjs';

export const ROUNDS = 3;
export const BARE_SERVER = join(BENCH_DIR, 'servers', 'bare-graphql.cjs');
export const TOKEN_SECRET = 'orgledger-bench-token-secret-0123456789abcdef';
// As `npm start` runs them (graphql-js, Apollo and express take their production paths), for both sides.
export const SERVER_ENV = { NODE_ENV: 'production' };

const ready = (port) => async () => (await httpJson(port, '/readyz')).status === 200;
const answers = (port) => async () => (await httpJson(port, '/graphql', { body: { query: '{ hello }' } })).json?.data?.hello === 'world';

export const startApi = async ({ dataDir, logFile }) => {
  const port = await freePort();
  const { seconds, result: child } = await timed(async () => {
    const child = spawnNode(API_MAIN, { env: { ...SERVER_ENV, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', TOKEN_SECRET }, logFile });
    await waitUntil(child, ready(port), { timeoutMs: 300_000 });
    return child;
  });
  return { child, port, seconds };
};

export const startBare = async ({ logFile }) => {
  const port = await freePort();
  const { seconds, result: child } = await timed(async () => {
    const child = spawnNode(BARE_SERVER, { env: { ...SERVER_ENV, PORT: String(port) }, logFile });
    await waitUntil(child, answers(port));
    return child;
  });
  return { child, port, seconds };
};

export const removeReadModels = (dataDir) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `read-models.sqlite${suffix}`), { force: true });
};

// Cold start with the read models built (the normal restart), alternating with the bare server.
export const measureColdStart = async ({ dataDir, logDir, log }) => {
  const samples = await alternate(
    ROUNDS,
    {
      bare: async () => {
        const s = await startBare({ logFile: join(logDir, 'bare.log') });
        await stopChild(s.child);
        return s.seconds;
      },
      api: async () => {
        const s = await startApi({ dataDir, logFile: join(logDir, 'api.log') });
        await stopChild(s.child);
        return s.seconds;
      },
    },
    log,
  );
  return { seconds: median(samples.api), bareSeconds: median(samples.bare), rounds: ROUNDS };
};

// Cold start with no read models: the API rebuilds them before it listens. The process is kept
// (its memory is figure 6, and the dashboard figure runs against it); the caller stops it.
export const startWithRebuild = async ({ dataDir, logDir }) => {
  removeReadModels(dataDir);
  const api = await startApi({ dataDir, logFile: join(logDir, 'api.log') });
  return { ...api, memory: memoryOf(api.child.pid) };
};
