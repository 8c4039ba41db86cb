import type { AuditEvent, Lexicon } from '../lexicon';

// A describer turns one event into one sentence a person can read, in the past tense.
export type Describer = (event: AuditEvent, lex: Lexicon) => string;
export type Describers = Record<string, Describer>;
