// Public API of @orgledger/domain: everything, for the apps. Each context also has its own entry
// (@orgledger/domain/deals …) and the shared kernel is @orgledger/domain/shared. Test helpers live in
// './testing' (@orgledger/domain/testing; they need jest's expect).
import { errorsOf } from './shared/errors';

export * from './shared';
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

// The apps' factories take any code: apps/api lists its own codes and maps every code once, at its
// edge (platform/errors.ts). Inside the domain each context uses its own typed factories.
export const { invalid, notFound, forbidden, conflict } = errorsOf<string>();
