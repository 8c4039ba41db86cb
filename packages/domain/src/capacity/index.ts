export * from './assumptions';
export * from './capacity-model';
export * from './commands';
export * from './events';
export * from './errors';
export * from './capacity-decider';
export * from './projections/capacity-assumptions';
