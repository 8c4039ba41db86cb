export * from './commands';
export * from './events';
export * from './state';
export { definitionErrorCodes, type DefinitionErrorCode } from './errors';
export * from './definition-decider';
export * from './projections/definition';
export * from './upcasters';
