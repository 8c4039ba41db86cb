export * from './commands';
export * from './events';
export * from './state';
export * from './errors';
export * from './definition-decider';
export * from './projections/definition';
