// One figure on its own, for profiling and before/after comparisons (`npm run bench` runs them all):
//   node one.mjs commands | rebuild | dashboard
// It works on a working copy of its own (out/work-one/), kept between runs so that the read
// models need not be rebuilt each time; delete that folder to start afresh.
import { copyFileSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDataset } from './generate/index.mjs';
import { API_MAIN, OUT_DIR } from './lib/paths.mjs';
import { stopChild } from './lib/child.mjs';
import { measureRebuild } from './figures/rebuild.mjs';
import { startApi, startBare } from './figures/cold-start.mjs';
import { measureDashboard } from './figures/dashboard.mjs';
import { measureCommands, openApiContext } from './figures/commands.mjs';

const started = Date.now();
const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

const FIGURES = {
  commands: async ({ dataDir, storeFile }) => {
    const ctx = await openApiContext(dataDir);
    try {
      return await measureCommands({ ctx, storeFile, log });
    } finally {
      await ctx.readModels.close();
      await ctx.store.close();
    }
  },
  rebuild: async ({ storeFile, dataDir }) => measureRebuild({ storeFile, readModelsFile: join(dataDir, 'read-models.sqlite'), log }),
  dashboard: async ({ dataDir, work, manifest }) => {
    const api = await startApi({ dataDir, logFile: join(work, 'api.log') });
    const bare = await startBare({ logFile: join(work, 'bare.log') });
    try {
      return await measureDashboard({
        apiPort: api.port,
        apiPid: api.child.pid,
        barePort: bare.port,
        barePid: bare.child.pid,
        tenant: manifest.dashboardTenant,
        password: manifest.password,
        log,
      });
    } finally {
      await stopChild(api.child);
      await stopChild(bare.child);
    }
  },
};

const main = async () => {
  const name = process.argv[2];
  if (!FIGURES[name]) throw new Error(`usage: node one.mjs ${Object.keys(FIGURES).join(' | ')}`);
  if (!existsSync(API_MAIN)) throw new Error('apps/api/dist is missing: run `npm run build` first.');
  const dataset = await ensureDataset(log);
  const work = join(OUT_DIR, 'work-one');
  const dataDir = join(work, 'data');
  const storeFile = join(dataDir, 'events.sqlite');
  if (!existsSync(storeFile)) {
    mkdirSync(dataDir, { recursive: true });
    copyFileSync(dataset.file, storeFile, constants.COPYFILE_FICLONE);
    copyFileSync(join(dataset.dir, 'credentials.sqlite'), join(dataDir, 'credentials.sqlite'), constants.COPYFILE_FICLONE);
  }
  const result = await FIGURES[name]({ dataDir, storeFile, work, manifest: dataset.manifest });
  console.log(JSON.stringify(result, (_, v) => (typeof v === 'bigint' ? String(v) : v), 2));
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
