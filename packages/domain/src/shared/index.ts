// The shared kernel (@orgledger/domain/shared): what every context may use. Contexts import it
// directly; one context reaches another only through that context's index.
export * from './errors';
export * from './decider';
export * from './roles';
export * from './separation';
export * from './values';
export * from './upcasting';
