export * from './design-post';
export * from './commands';
export * from './events';
export * from './state';
export { functionDesignErrorCodes, type FunctionDesignErrorCode } from './errors';
export * from './design-decider';
export * from './org-chart';
export * from './projections/function-design';
export * from './upcasters';
