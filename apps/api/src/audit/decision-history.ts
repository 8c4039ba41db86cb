// An authority's decision history: its events (those that carry the authority) from the decision
// register, each with the sentence of its time, served newest first; "as at" stops at that moment.
import { categoryOf, positionToString, type EventStore, type RecordedEvent } from '@orgledger/event-store';
import type { AppContext } from '../platform/app-context';
import type { ReadSide } from '../platform/read-side';
import { decisionRegister, entriesUpTo, facetsOf, type DecisionEntry } from './decision-index';

export { toAuditEvent } from './decision-index';

export type HistoryFilter = {
  programmeId?: string | null;
  entityId?: string | null;
  eventId?: string | null;
  context?: string | null;
  eventType?: string | null;
  actorId?: string | null;
  from?: string | null; // UTC instants, inclusive
  to?: string | null;
};

export type DecisionRecord = {
  eventId: string;
  position: string;
  streamName: string;
  revision: string;
  context: string;
  eventType: string;
  sentence: string;
  actorId: string;
  actorName: string;
  actorRole: string;
  actorInvitedBy: string | null;
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
  raw: string;
};

export const belongsTo = (e: RecordedEvent, authorityId: string) => e.metadata.authorityId === authorityId;

// Events with no authority that any authority's auditor may read in a shared stream: the national
// pay tables (public figures every council's costing uses). Anything else of no authority stays hidden.
const TENANT_WIDE_TYPES = new Set(['PayTableAdded']);

// What an auditor of `authorityId` may read in full; other events of a stream they are given
// (another council's local pay points in the tenant's reference data) are redacted to their hashes.
export const visibleTo = (e: Pick<RecordedEvent, 'type' | 'metadata'>, authorityId: string) =>
  e.metadata.authorityId === authorityId || (e.metadata.authorityId === undefined && TENANT_WIDE_TYPES.has(e.type));

export const toRecord = (e: RecordedEvent, sentence: string): DecisionRecord => ({
  eventId: e.eventId,
  position: positionToString(e.position),
  streamName: e.streamName,
  revision: e.revision.toString(),
  context: categoryOf(e.streamName),
  eventType: e.type,
  sentence,
  actorId: e.metadata.actor.userId,
  actorName: e.metadata.actor.displayName,
  actorRole: e.metadata.actor.role,
  actorInvitedBy: e.metadata.actor.invitedBy?.displayName ?? null,
  occurredAt: e.metadata.occurredAt,
  recordedAt: e.recordedAt,
  reason: e.metadata.reason ?? null,
  raw: JSON.stringify(
    {
      streamName: e.streamName,
      revision: e.revision.toString(),
      position: positionToString(e.position),
      eventId: e.eventId,
      type: e.type,
      data: e.data,
      metadata: e.metadata,
      recordedAt: e.recordedAt,
      prevHash: e.prevHash,
      hash: e.hash,
    },
    null,
    2,
  ),
});

// Ids are UUIDs, so "the event concerns this id" is a search of its stream name and data's ids.
const matches = (f: HistoryFilter) => (r: DecisionEntry) =>
  (!f.programmeId || r.ids.includes(f.programmeId)) &&
  (!f.entityId || r.ids.includes(f.entityId)) &&
  (!f.eventId || r.eventId === f.eventId) &&
  (!f.context || r.context === f.context) &&
  (!f.eventType || r.eventType === f.eventType) &&
  (!f.actorId || r.actor.userId === f.actorId) &&
  (!f.from || r.occurredAt >= f.from) &&
  (!f.to || r.occurredAt <= f.to);

const FILTER_KEYS = ['programmeId', 'entityId', 'eventId', 'context', 'eventType', 'actorId', 'from', 'to'] as const;

// The stored event of an entry; one removed behind the store's back since it was read is shown as
// such (verify names the broken link), never as a fault.
const recordOf = async (store: EventStore, entry: DecisionEntry): Promise<DecisionRecord> => {
  const [event] = await store.readStream(entry.streamName, { fromRevision: entry.revision, maxCount: 1 }).catch(() => []);
  if (event && event.eventId === entry.eventId) return toRecord(event, entry.sentence);
  const { userId, displayName, role } = entry.actor;
  const raw = JSON.stringify(
    { streamName: entry.streamName, revision: entry.revision.toString(), eventId: entry.eventId, missing: 'This event is no longer in the store: run verify.' },
    null,
    2,
  );
  const { eventId, streamName, context, eventType, sentence, occurredAt, reason } = entry;
  return {
    eventId,
    streamName,
    context,
    eventType,
    sentence,
    occurredAt,
    reason,
    position: positionToString(entry.position),
    revision: entry.revision.toString(),
    actorId: userId,
    actorName: displayName,
    actorRole: role,
    actorInvitedBy: null,
    recordedAt: occurredAt,
    raw,
  };
};

// One page of an authority's history, newest first: O(page) unfiltered; a filter scans the
// register's small entries, never the store.
export const historyPage = async (
  app: AppContext,
  read: ReadSide,
  tenantId: string,
  authorityId: string,
  filter: HistoryFilter,
  first: number,
  offset: number,
) => {
  const store = app.store; // the live register is kept whole; an as-at read side is cut below
  const register = (await decisionRegister(store, tenantId)).authorities.get(authorityId);
  const entries = register?.entries ?? [];
  const cut = read.position !== undefined ? entriesUpTo(entries, read.position) : entries.length;
  const filtered = FILTER_KEYS.some((k) => filter[k]);
  const found: DecisionEntry[] = [];
  let total = cut;
  if (!filtered) for (let i = cut - 1 - offset; i >= 0 && found.length < first; i--) found.push(entries[i]);
  else {
    const ok = matches(filter);
    total = 0;
    for (let i = cut - 1; i >= 0; i--) {
      if (!ok(entries[i])) continue;
      if (total >= offset && found.length < first) found.push(entries[i]);
      total += 1;
    }
  }
  const items = await Promise.all(found.map((entry) => recordOf(store, entry)));
  const facets = register ? facetsOf(register, cut) : { contexts: [], eventTypes: [], actors: [] };
  return { authorityId, total, offset, items, ...facets };
};
