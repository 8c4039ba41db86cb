// What a slice's *.graphql.ts needs to declare its types: one import.
export * from './command-inputs';
export * from './enum-of';
export * from './input-of';
export { PenceScalar } from '../scalars';
