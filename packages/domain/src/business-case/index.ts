export * from './assumptions';
export * from './business-case';
export * from './commands';
export * from './events';
export * from './business-case-decider';
export { businessCaseErrorCodes, type BusinessCaseErrorCode } from './errors';
export * from './upcasters';
