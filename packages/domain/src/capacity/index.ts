export * from './assumptions';
export * from './capacity-model';
export * from './commands';
export * from './events';
export { capacityErrorCodes, type CapacityErrorCode } from './errors';
export * from './capacity-decider';
export * from './projections/capacity-assumptions';
export * from './upcasters';
