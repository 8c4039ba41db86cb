// One sentence per event, read in order so that names and previous terms are those of the time.
import { describers as contextDescribers } from '../contexts';
import { actorPhrase, type Describer } from '../shared/describing';
import type { StoredEventType } from '../upcasters';
import { emptyLexicon, learn, type AuditEvent, type Lexicon } from './lexicon';

// The domain's stored event types, and the checkpoint the API's sealer writes (auditors read it too).
export type DescribedEventType = StoredEventType | 'AuditCheckpointSealed';

// One sentence for every stored event type of the domain, each registered by its context (an event
// without one fails to compile there), and for the sealer's checkpoint.
export const describers: Record<DescribedEventType, Describer> = {
  ...contextDescribers,
  AuditCheckpointSealed: (e) => `OrgLedger sealed checkpoint ${e.data.body?.sequence} over ${e.data.body?.streams} streams and ${e.data.body?.events} events`,
};

const byType: Partial<Record<string, Describer>> = describers;

export const describedEventTypes = (): string[] => Object.keys(describers).sort();

// An event type written after this build (or a malformed old event) still gets a plain sentence.
export const describeEvent = (event: AuditEvent, lex: Lexicon): string => {
  const describer = byType[event.type];
  if (describer) {
    try {
      return describer(event, lex);
    } catch {
      // fall through: a history must never fail to render because one event is odd
    }
  }
  return `${actorPhrase(event, lex)} recorded ${event.type}`;
};

// Sentences for a whole history given oldest first (the lexicon learns as it goes).
export const describeHistory = <E extends AuditEvent>(events: Iterable<E>, lex: Lexicon = emptyLexicon()): { event: E; sentence: string }[] => {
  const out: { event: E; sentence: string }[] = [];
  for (const event of events) {
    out.push({ event, sentence: describeEvent(event, lex) });
    learn(lex, event);
  }
  return out;
};
