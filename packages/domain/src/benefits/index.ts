export * from './benefit-fields';
export * from './commands';
export * from './events';
export * from './state';
export { benefitsErrorCodes, type BenefitsErrorCode } from './errors';
export * from './benefits-decider';
export * from './projections/benefit-rows';
export * from './upcasters';
