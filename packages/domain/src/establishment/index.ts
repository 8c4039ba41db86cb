export * from './post';
export * from './commands';
export * from './events';
export * from './state';
export { establishmentErrorCodes, type EstablishmentErrorCode } from './errors';
export * from './post-import';
export * from './establishment-decider';
export * from './projections/post-row';
export * from './upcasters';
