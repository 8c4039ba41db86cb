// Test helpers for deciders; import from '@orgledger/domain/testing' in specs only.
export * from './shared/testing/decider-spec';
