// Test helpers for deciders; import from '@orgledger/domain/dist/testing' in specs only.
export * from './shared/testing/decider-spec';
