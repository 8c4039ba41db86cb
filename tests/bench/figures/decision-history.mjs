// Decision history and export on the data set's 100,000-event tenant (issue #7): a page of an
// authority's history (apps/api/src/audit/decision-history.ts `historyPage`, what the GraphQL query
// answers) p50/p95 at random authorities, unfiltered and filtered by programme; then the sealed
// JSON Lines export of one authority (`buildExport`). The first page also builds the tenant's decision
// register from the store: it is timed on its own ("firstMs"), not in p50/p95.
//
// On its own (keeps a working copy in out/work-audit/, read models built on the first run):
//   node --expose-gc figures/decision-history.mjs
import { copyFileSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiDist, OUT_DIR } from '../lib/paths.mjs';
import { percentile } from '../lib/measure.mjs';

export const TARGET_P95_MS = 200;
const PAGES = 200;
const EXPORTS = 5;

const random = (seed) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const stats = (times) => ({ p50ms: Math.round(percentile(times, 50) * 10) / 10, p95ms: Math.round(percentile(times, 95) * 10) / 10 });

export const measureDecisionHistory = async ({ ctx, tenant }) => {
  apiDist('platform/as-of.js').installAsOf(ctx);
  const { historyPage } = apiDist('audit/decision-history.js');
  const { buildExport } = apiDist('audit/export-build.js');
  const authorities = ctx.readModels.list('authoritySummary', tenant.tenantId);
  const programmes = authorities.flatMap((a) =>
    ctx.readModels.list('programmeSummary', tenant.tenantId, a.authorityId).map((p) => ({ ...p, authorityId: a.authorityId })),
  );
  const rand = random(104729);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let start = process.hrtime.bigint();
  await historyPage(ctx, tenant.tenantId, authorities[0].authorityId, {}, 50, 0);
  const firstMs = ms(start);
  global.gc?.();
  const registerRssMiB = Math.round((process.memoryUsage().rss - rssBefore) / 1024 / 1024);
  const page = [];
  const byProgramme = [];
  for (let i = 0; i < PAGES; i += 1) {
    const a = authorities[Math.floor(rand() * authorities.length)];
    start = process.hrtime.bigint();
    await historyPage(ctx, tenant.tenantId, a.authorityId, {}, 50, 0);
    page.push(ms(start));
    const p = programmes[Math.floor(rand() * programmes.length)];
    start = process.hrtime.bigint();
    await historyPage(ctx, tenant.tenantId, p.authorityId, { programmeId: p.programmeId }, 50, 0);
    byProgramme.push(ms(start));
  }
  const admin = ctx.readModels.list('userAccount', tenant.tenantId).find((u) => u.role === 'tenant_admin');
  const user = { ...admin, tenantId: tenant.tenantId };
  const exports = [];
  for (let i = 0; i < EXPORTS; i += 1) {
    const a = authorities[Math.floor(rand() * authorities.length)];
    start = process.hrtime.bigint();
    await buildExport(ctx, user, { authorityId: a.authorityId, name: a.name }, 'jsonl');
    exports.push(ms(start));
  }
  return {
    events: tenant.events,
    firstMs: Math.round(firstMs),
    registerRssMiB,
    page: stats(page),
    byProgramme: stats(byProgramme),
    exportJsonl: stats(exports),
    pages: PAGES,
    targetP95ms: TARGET_P95_MS,
  };
};

const main = async () => {
  const { ensureDataset } = await import('../generate/index.mjs');
  const { openApiContext } = await import('./commands.mjs');
  const dataset = await ensureDataset(console.log);
  const dataDir = join(OUT_DIR, 'work-audit', 'data');
  if (!existsSync(join(dataDir, 'events.sqlite'))) {
    mkdirSync(dataDir, { recursive: true });
    copyFileSync(dataset.file, join(dataDir, 'events.sqlite'), constants.COPYFILE_FICLONE);
  }
  const ctx = await openApiContext(dataDir);
  try {
    console.log(JSON.stringify(await measureDecisionHistory({ ctx, tenant: dataset.manifest.xlTenant }), null, 2));
  } finally {
    await ctx.readModels.close();
    await ctx.store.close();
  }
};

if (process.argv[1] === new URL(import.meta.url).pathname) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
