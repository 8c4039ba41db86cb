export * from './reassignment-rules';
export * from './policy-rules';
export * from './commands';
export * from './events';
export * from './state';
export { reassignmentsErrorCodes, type ReassignmentsErrorCode } from './errors';
export * from './reassignments-decider';
export * from './transition-map';
export * from './upcasters';
