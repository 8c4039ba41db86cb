export * from './stages';
export * from './commands';
export * from './events';
export { handoverErrorCodes, type HandoverErrorCode } from './errors';
export * from './state';
export * from './plan';
export * from './access';
export * from './handover-decider';
export * from './projections/recruitment-plan';
