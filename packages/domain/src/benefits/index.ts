export * from './benefit-fields';
export * from './commands';
export * from './events';
export * from './state';
export * from './errors';
export * from './benefits-decider';
export * from './projections/benefit-rows';
