// verify for one authority: the whole tenant is checked (a checkpoint covers every stream), but an
// auditor is told about this authority's streams only; others are not named.
import {
  parseStreamName,
  positionToString,
  readCheckpoints,
  verifyTenant,
  type EventStore,
  type RecordedEvent,
  type TenantVerification,
} from '@orgledger/event-store';
import type { AppContext, AuthUser } from '../platform/app-context';

// A check of the tenant as its log stood at one store head, with the streams of each authority.
type TenantCheck = { report: TenantVerification; streamsOf: Map<string, Set<string>>; checkedAt: string; at: number };

// Verification hands the event loop back whenever it has held it this long (checked between
// events), so other requests are answered while a long log is hashed. On the demo tenant (218
// events, some of 100 kB) the longest hold fell from 60-100 ms to 10-30 ms (the first read batch).
export const VERIFY_SLICE_MS = 8;
// A check is reused while the store head is unchanged, for at most this long: an edit made behind
// the store's back (which moves no head) is still found by the next check after it.
export const VERIFICATION_REUSE_MS = 60_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

// The store as verifyTenant sees it: every readAll hands over the loop every VERIFY_SLICE_MS, and
// shows each event to `tap` on the way.
const yieldingStore = (store: EventStore, tap: (e: RecordedEvent) => void): EventStore =>
  new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop === 'readAll') {
        return async function* (...args: Parameters<EventStore['readAll']>) {
          let slice = performance.now();
          for await (const e of target.readAll(...args)) {
            tap(e);
            yield e;
            if (performance.now() - slice >= VERIFY_SLICE_MS) {
              await yieldToEventLoop();
              slice = performance.now();
            }
          }
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

const checkTenant = async (app: AppContext, tenantId: string): Promise<TenantCheck> => {
  const streamsOf = new Map<string, Set<string>>();
  const add = (authorityId: string | undefined, stream: string) => {
    if (!authorityId) return;
    if (!streamsOf.has(authorityId)) streamsOf.set(authorityId, new Set());
    streamsOf.get(authorityId)!.add(stream);
  };
  const store = yieldingStore(app.store, (e) => add(e.metadata.authorityId, e.streamName));
  const report = await verifyTenant(store, { tenantId, publicKey: app.config.auditKey.publicKey, graceMs: app.config.auditSealGraceMs });
  // and the ones a checkpoint sealed for an authority, so that a deleted stream is still named to its auditor
  for (const c of await readCheckpoints(app.store, tenantId)) for (const h of c.heads ?? []) add(h.authorityId, h.streamName);
  return { report, streamsOf, checkedAt: new Date().toISOString(), at: Date.now() };
};

// Per store, per tenant: the check at the current head (or the one under way, shared by everyone
// who asks meanwhile).
type Entry = { head: string; check: Promise<TenantCheck> };
const checks = new WeakMap<EventStore, Map<string, Entry>>();

const tenantCheck = async (app: AppContext, tenantId: string): Promise<{ check: TenantCheck; reused: boolean }> => {
  const head = await app.store.headPosition();
  const key = head ? positionToString(head) : 'empty';
  let byTenant = checks.get(app.store);
  if (!byTenant) checks.set(app.store, (byTenant = new Map()));
  const known = byTenant.get(tenantId);
  if (known && known.head === key) {
    const check = await known.check.catch(() => null);
    if (check && Date.now() - check.at <= VERIFICATION_REUSE_MS) return { check, reused: true };
  }
  const entry: Entry = { head: key, check: checkTenant(app, tenantId) };
  byTenant.set(tenantId, entry);
  entry.check.catch(() => byTenant!.get(tenantId) === entry && byTenant!.delete(tenantId));
  return { check: await entry.check, reused: false };
};

export const verifyForAuthority = async (
  app: AppContext,
  user: AuthUser,
  authorityId: string,
): Promise<TenantVerification & { checkedAt: string; reused: boolean }> => {
  const { check, reused } = await tenantCheck(app, user.tenantId);
  const { report } = check;
  const mine = check.streamsOf.get(authorityId) ?? new Set<string>();
  const audit = (s: string) => parseStreamName(s)?.category === 'audit';
  const shown = (s: string) => user.role === 'tenant_admin' || mine.has(s) || audit(s);
  const hide = (text: string) => text.replace(/stream (\S+)/g, (whole, name: string) => (shown(name) ? whole : 'a stream not shown to you'));
  const firstBroken =
    report.firstBroken &&
    (shown(report.firstBroken.streamName)
      ? report.firstBroken
      : { streamName: 'a stream not shown to you', revision: report.firstBroken.revision, eventId: '', reason: hide(report.firstBroken.reason) });
  return {
    ...report,
    ...(firstBroken ? { firstBroken } : {}),
    streams: report.streams.filter((s) => shown(s.streamName)),
    checkpoints: report.checkpoints.map((c) => ({ ...c, problems: c.problems.map(hide) })),
    problems: report.problems.map(hide),
    checkedAt: check.checkedAt,
    reused,
  };
};
