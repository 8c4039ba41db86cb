// What other slices use from design: the function design stream and its read row.
export { functionDesignStream } from './design.commands';
export { designRow } from './design.read';
