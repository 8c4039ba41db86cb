export * from './policy-pack';
export * from './commands';
export * from './events';
export * from './state';
export { policyErrorCodes, type PolicyErrorCode } from './errors';
export { requirePolicyPack } from './validation';
export * from './in-force';
export * from './policy-decider';
export * from './upcasters';
