export * from './taxonomy';
export * from './commands';
export * from './events';
export * from './state';
export { templateErrorCodes, type TemplateErrorCode } from './errors';
export * from './template-decider';
export * from './copies';
export * from './projections/template';
export * from './upcasters';
