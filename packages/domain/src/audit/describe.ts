// One sentence per event, read in order so that names and previous terms are those of the time.
import { analysisDescribers } from './describers/analysis';
import { consultationDescribers } from './describers/consultation';
import { dealDescribers } from './describers/deals';
import { designDescribers } from './describers/design';
import { peopleDescribers } from './describers/people';
import { structureDescribers } from './describers/structure';
import type { DescribedEventType, Describer } from './describers/types';
import { emptyLexicon, learn, type AuditEvent, type Lexicon } from './lexicon';
import { actorPhrase } from './phrases';

// One sentence for every stored event type of the domain: a new event without one fails to compile.
export const describers: Record<DescribedEventType, Describer> = {
  ...structureDescribers,
  ...analysisDescribers,
  ...dealDescribers,
  ...designDescribers,
  ...peopleDescribers,
  ...consultationDescribers,
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
