// Public API of @orgledger/domain. Test helpers live in './testing' (they need jest's expect).
export * from './shared/errors';
export * from './shared/decider';
export * from './shared/roles';
export * from './shared/values';
export * from './tenancy';
export * from './authority';
export * from './establishment';
export * from './activity';
export * from './definition';
export * from './contracts';
export * from './benefits';
export * from './capacity';
export * from './templates';
export * from './deals';
export * from './design';
export * from './reassignments';
