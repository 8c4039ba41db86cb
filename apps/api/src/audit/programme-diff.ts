// The diff of a programme between two moments, folded from the stored design and deal events.
import { nameOf, programmeDiff, describeHistory, emptyLexicon, learn, type DiffEvent } from '@orgledger/domain';
import { parseStreamName, type RecordedEvent } from '@orgledger/event-store';
import type { AuthUser } from '../platform/app-context';
import type { ReadSide } from '../platform/read-side';
import { belongsTo, toAuditEvent } from './decision-history';
import { isBy, momentText, type Moment } from './moments';

const ofProgramme = (e: RecordedEvent, programmeId: string) => {
  const id = parseStreamName(e.streamName)?.id ?? '';
  return id === programmeId || id.startsWith(`${programmeId}.`);
};

export const diffProgramme = async (read: ReadSide, user: AuthUser, programme: { programmeId: string; authorityId: string }, from: Moment, to: Moment) => {
  const lex = emptyLexicon();
  const events: RecordedEvent[] = [];
  for await (const e of read.store.readAll({ filter: { tenantId: user.tenantId } })) {
    if (!isBy(e, to)) continue; // positions and times both grow with the log, but check each event
    if (e.metadata.authorityId === programme.authorityId && !ofProgramme(e, programme.programmeId)) learn(lex, toAuditEvent(e));
    // only the programme's own authority's events: a diff never shows another council's content
    if (
      ofProgramme(e, programme.programmeId) &&
      belongsTo(e, programme.authorityId) &&
      (e.streamName.startsWith('functionDesign-') || e.streamName.startsWith('fteDeals-'))
    )
      events.push(e);
  }
  const cut = events.filter((e) => isBy(e, from)).length;
  const sentences = new Map(
    describeHistory(
      events.map((e) => ({ ...toAuditEvent(e), recorded: e })),
      lex,
    ).map((d) => [d.event.recorded.eventId, d.sentence]),
  );
  const byId = new Map(events.map((e) => [e.eventId, e]));
  const diffEvents: DiffEvent[] = events.map((e) => ({ ...toAuditEvent(e), eventId: e.eventId }));
  const items = programmeDiff(diffEvents, cut, (id) => nameOf(lex, id, 'Unknown service'));
  return {
    programmeId: programme.programmeId,
    from: momentText(from),
    to: momentText(to),
    items: items.map((i) => ({
      ...i,
      causedBy: i.causedBy.map((id) => {
        const e = byId.get(id)!;
        return {
          eventId: id,
          sentence: sentences.get(id) ?? e.type,
          occurredAt: e.metadata.occurredAt,
          actorName: e.metadata.actor.displayName,
          reason: e.metadata.reason ?? null,
        };
      }),
    })),
  };
};
