// Figure 3: as-at query — a tenant's read models as they stood at a past date, replayed from the
// store (DESIGN.md §5, apps/api/src/platform/as-of*.ts), on the data set's 100,000-event tenant.
//
// Each sample: a random instant in the tenant's history → the read models as they stood then
// (nearest earlier snapshot + the events since, read from the store) → what the authority page
// asks of them (the tenant, one council, its programmes). Samples at distinct instants, so the
// cache of ready moments rarely helps. The first call also reads the tenant's whole history to
// build its snapshots: it is timed on its own ("first"), not in p50/p95.
//
// On its own (keeps a working copy in out/work-as-at/, read models built on the first run):
//   node figures/as-at.mjs
import { copyFileSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiDist, API_MAIN, OUT_DIR } from '../lib/paths.mjs';
import { percentile } from '../lib/measure.mjs';

export const TARGET_P95_MS = 50;
export const QUERIES = 200;

const asOf = () => apiDist('platform/as-of.js');

// What the API's as-at authority page answers, through the same code path as a request.
export const asAtQuery = async (ctx, tenantId, at, authorityId) => {
  const { readModels } = await asOf().tenantAsOf(ctx, tenantId, at);
  const tenant = readModels.get('tenant', tenantId, tenantId);
  const authority = readModels.get('authoritySummary', tenantId, authorityId);
  const programmes = readModels.list('programmeSummary', tenantId, authorityId);
  return { tenant, authority, programmes };
};

// A deterministic generator: the same instants every run.
const random = (seed) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

export const measureAsAt = async ({ ctx, tenant }) => {
  asOf().installAsOf(ctx);
  const from = Date.parse(tenant.firstEventAt);
  const to = Date.parse(tenant.lastEventAt);
  const authorities = ctx.readModels.list('authoritySummary', tenant.tenantId).map((a) => a.authorityId);
  const rand = random(7919);
  const rssBefore = process.memoryUsage().rss;
  let start = process.hrtime.bigint();
  await asAtQuery(ctx, tenant.tenantId, new Date(to).toISOString(), authorities[0]);
  const firstMs = Number(process.hrtime.bigint() - start) / 1e6;
  const times = [];
  let rows = 0;
  for (let i = 0; i < QUERIES; i += 1) {
    const at = new Date(from + Math.floor(rand() * (to - from))).toISOString();
    const authorityId = authorities[Math.floor(rand() * authorities.length)];
    start = process.hrtime.bigint();
    const answer = await asAtQuery(ctx, tenant.tenantId, at, authorityId);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    rows += answer.programmes.length + (answer.authority ? 1 : 0);
  }
  return {
    p50ms: percentile(times, 50),
    p95ms: percentile(times, 95),
    maxMs: Math.max(...times),
    firstMs,
    queries: QUERIES,
    rowsAnswered: rows,
    events: tenant.events,
    historyRssMiB: Math.round((process.memoryUsage().rss - rssBefore) / 1024 / 1024),
  };
};

const main = async () => {
  if (!existsSync(API_MAIN)) throw new Error('apps/api/dist is missing: run `npm run build` first.');
  const { ensureDataset } = await import('../generate/index.mjs');
  const { openApiContext } = await import('./commands.mjs');
  const dataset = await ensureDataset(console.log);
  const dataDir = join(OUT_DIR, 'work-as-at', 'data');
  if (!existsSync(join(dataDir, 'events.sqlite'))) {
    mkdirSync(dataDir, { recursive: true });
    copyFileSync(dataset.file, join(dataDir, 'events.sqlite'), constants.COPYFILE_FICLONE);
  }
  const ctx = await openApiContext(dataDir);
  try {
    const result = await measureAsAt({ ctx, tenant: dataset.manifest.xlTenant });
    console.log(JSON.stringify({ ...result, targetP95ms: TARGET_P95_MS, met: result.p95ms <= TARGET_P95_MS }, null, 2));
  } finally {
    await ctx.readModels.close();
    await ctx.store.close();
  }
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
