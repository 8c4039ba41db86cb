export { emptyLexicon, learn, nameOf, type AuditEvent, type Lexicon } from './lexicon';
export { describeEvent, describeHistory, describedEventTypes, describers } from './describe';
export type { Describer } from '../shared/describing';
export { programmeDiff, type DiffArea, type DiffChange, type DiffEvent, type DiffItem } from './diff';
