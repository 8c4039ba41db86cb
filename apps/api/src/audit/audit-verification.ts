// verify for one authority: the whole tenant is checked (a checkpoint covers every stream), but an
// auditor is told about this authority's streams only; others are not named.
import { parseStreamName, readCheckpoints, verifyTenant, type TenantVerification } from '@orgledger/event-store';
import type { AppContext, AuthUser } from '../platform/app-context';
import { belongsTo } from './decision-history';

const streamsOf = async (app: AppContext, tenantId: string, authorityId: string) => {
  const streams = new Set<string>();
  for await (const e of app.store.readAll({ filter: { tenantId } })) if (belongsTo(e, authorityId)) streams.add(e.streamName);
  // and the ones a checkpoint sealed for it, so that a deleted stream is still named to its auditor
  for (const c of await readCheckpoints(app.store, tenantId)) for (const h of c.heads ?? []) if (h.authorityId === authorityId) streams.add(h.streamName);
  return streams;
};

export const verifyForAuthority = async (app: AppContext, user: AuthUser, authorityId: string): Promise<TenantVerification & { checkedAt: string }> => {
  const [report, mine] = await Promise.all([
    verifyTenant(app.store, { tenantId: user.tenantId, publicKey: app.config.auditKey.publicKey, graceMs: app.config.auditSealGraceMs }),
    streamsOf(app, user.tenantId, authorityId),
  ]);
  const audit = (s: string) => parseStreamName(s)?.category === 'audit';
  const shown = (s: string) => user.role === 'tenant_admin' || mine.has(s) || audit(s);
  const hide = (text: string) => text.replace(/stream (\S+)/g, (whole, name: string) => (shown(name) ? whole : 'a stream not shown to you'));
  const firstBroken = report.firstBroken && (shown(report.firstBroken.streamName)
    ? report.firstBroken
    : { streamName: 'a stream not shown to you', revision: report.firstBroken.revision, eventId: '', reason: hide(report.firstBroken.reason) });
  return {
    ...report,
    ...(firstBroken ? { firstBroken } : {}),
    streams: report.streams.filter((s) => shown(s.streamName)),
    checkpoints: report.checkpoints.map((c) => ({ ...c, problems: c.problems.map(hide) })),
    problems: report.problems.map(hide),
    checkedAt: new Date().toISOString(),
  };
};
