export * from './snapshot';
export * from './commands';
export * from './events';
export { designAuthorityErrorCodes, type DesignAuthorityErrorCode } from './errors';
export * from './state';
export * from './decision';
export * from './gate';
export * from './design-authority-decider';
export * from './projections/design-authority';
