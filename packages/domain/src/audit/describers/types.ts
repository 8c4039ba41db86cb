import type { StoredEventType } from '../../upcasters';
import type { AuditEvent, Lexicon } from '../lexicon';

// A describer turns one event into one sentence a person can read, in the past tense.
export type Describer = (event: AuditEvent, lex: Lexicon) => string;
// Sentences for some of the domain's stored event types: a misspelt type fails to compile here, and a
// type with no sentence fails where they are all put together (describe.ts).
export type Describers = Partial<Record<DescribedEventType, Describer>>;
// The domain's stored event types, and the checkpoint the API's sealer writes (auditors read it too).
export type DescribedEventType = StoredEventType | 'AuditCheckpointSealed';
