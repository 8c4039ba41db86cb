export * from './commands';
export * from './events';
export * from './state';
export { authorityErrorCodes, type AuthorityErrorCode } from './errors';
export * from './authority-decider';
export * from './programme-decider';
export * from './projections/authority-summary';
export * from './projections/programme-summary';
export * from './upcasters';
