// Figure 3: as-at query — a tenant's read model as it stood on a past date, replayed from the store
// (DESIGN.md §5), on the data set's 100,000-event tenant. The feature does not exist yet.
//
// To add it: set `asAtQuery` to a function (ctx: AppContext, tenantId, at: ISO instant) => Promise
// that answers what the API's as-at query answers (e.g. the authorities as they stood at `at`).
// The measurement below (p50/p95 over dates spread across the tenant's history) is ready for it.
import { percentile } from '../lib/measure.mjs';

export const asAtQuery = null;

export const TARGET_P95_MS = 50;
export const QUERIES = 40;

export const measureAsAt = async ({ ctx, tenant }) => {
  if (!asAtQuery) return { status: 'not yet built' };
  const from = Date.parse(tenant.firstEventAt ?? '2023-01-02T08:00:00.000Z');
  const to = Date.parse(tenant.lastEventAt ?? new Date().toISOString());
  const times = [];
  for (let i = 0; i < QUERIES; i += 1) {
    const at = new Date(from + ((i * 7919) % QUERIES) * ((to - from) / QUERIES)).toISOString();
    const start = process.hrtime.bigint();
    await asAtQuery(ctx, tenant.tenantId, at);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { p50ms: percentile(times, 50), p95ms: percentile(times, 95), queries: QUERIES, events: tenant.events };
};
