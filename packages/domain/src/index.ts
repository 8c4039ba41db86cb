// Public API of @orgledger/domain. Test helpers live in './testing' (they need jest's expect).
import { errorsOf } from './shared/errors';

export * from './shared/errors';
export * from './shared/decider';
export * from './shared/roles';
export * from './shared/separation';
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
export * from './costing';
export * from './grading';
export * from './authority-decisions';
export * from './handover';
export * from './audit';
export * from './consultation';
export * from './error-codes';
export * from './upcasters';
export * from './shared/upcasting';

// The apps' factories take any code: apps/api lists its own codes and maps every code once, at its
// edge (platform/errors.ts). Inside the domain each context uses its own typed factories.
export const { invalid, notFound, forbidden, conflict } = errorsOf<string>();
