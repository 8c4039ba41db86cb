// An authority's decision history read from the store: every event that carries the authority,
// described oldest first (so names and previous terms are those of the time), served newest first.
import { describeHistory, type AuditEvent } from '@orgledger/domain';
import { categoryOf, positionToString, type EventStore, type RecordedEvent } from '@orgledger/event-store';

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
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
  raw: string;
};

export const toAuditEvent = (e: RecordedEvent): AuditEvent => ({
  type: e.type,
  streamName: e.streamName,
  data: e.data,
  metadata: e.metadata as AuditEvent['metadata'],
});

export const belongsTo = (e: RecordedEvent, authorityId: string) => e.metadata.authorityId === authorityId;

// The authority's events, oldest first, each with its sentence.
export const readDecisions = async (store: EventStore, tenantId: string, authorityId: string): Promise<DecisionRecord[]> => {
  const events: RecordedEvent[] = [];
  for await (const e of store.readAll({ filter: { tenantId } })) if (belongsTo(e, authorityId)) events.push(e);
  return describeHistory(events.map((e) => ({ ...toAuditEvent(e), recorded: e }))).map(({ event, sentence }) => toRecord(event.recorded, sentence));
};

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
  occurredAt: e.metadata.occurredAt,
  recordedAt: e.recordedAt,
  reason: e.metadata.reason ?? null,
  raw: JSON.stringify(
    { streamName: e.streamName, revision: e.revision.toString(), position: positionToString(e.position), eventId: e.eventId, type: e.type, data: e.data, metadata: e.metadata, recordedAt: e.recordedAt, prevHash: e.prevHash, hash: e.hash },
    null,
    2,
  ),
});

// Ids are UUIDs, so "the event mentions this id" is a plain text search of its stream and data.
const mentions = (r: DecisionRecord, id: string) => r.streamName.includes(id) || r.raw.includes(`"${id}"`);

export const applyFilter = (records: DecisionRecord[], f: HistoryFilter): DecisionRecord[] =>
  records.filter(
    (r) =>
      (!f.programmeId || mentions(r, f.programmeId)) &&
      (!f.entityId || mentions(r, f.entityId)) &&
      (!f.eventId || r.eventId === f.eventId) &&
      (!f.context || r.context === f.context) &&
      (!f.eventType || r.eventType === f.eventType) &&
      (!f.actorId || r.actorId === f.actorId) &&
      (!f.from || r.occurredAt >= f.from) &&
      (!f.to || r.occurredAt <= f.to),
  );
