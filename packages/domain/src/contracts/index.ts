export * from './contract-fields';
export * from './tier-rules';
export * from './procurement-act';
export * from './procurement-regime';
export * from './notice-rules';
export * from './notices-due';
export * from './import';
export * from './commands';
export * from './events';
export * from './state';
export { contractRegisterErrorCodes, type ContractRegisterErrorCode } from './errors';
export * from './contract-register-decider';
export * from './projections/contract-rows';
// Generic month arithmetic; the lead may also export it from shared/values.ts (same binding, no clash).
export { addMonths } from '../shared/values/civil-months';
export * from './upcasters';
