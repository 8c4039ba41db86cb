import { errorsOf } from '../shared/errors';

// Every code the reassignments decider throws, besides the shared value codes (TEXT_*, INVALID_DATE).
export const reassignmentsErrorCodes = [
  'INVALID_ID',
  'INVALID_JOB_MATCH',
  'INVALID_RULES',
  'INVALID_OUTCOME',
  'POST_NOT_FOUND',
  'DESIGN_POST_NOT_FOUND',
  'POOL_NOT_FOUND',
  'POOL_ALREADY_EXISTS',
  'RING_FENCE_EMPTY',
  'LISTED_TWICE',
  'POST_NOT_IN_POOL',
  'DESIGN_POST_NOT_IN_POOL',
  'SLOT_IN_BELOW_THRESHOLD',
  'DESIGN_POST_FULL',
  'ALREADY_SLOTTED_IN',
  'REASSIGNMENT_NOT_ALLOWED',
  'VACANT_POST',
  'POST_NOT_VACANT',
  'DATES_OUT_OF_ORDER',
  'TRIAL_TOO_LONG',
  'TRIAL_POST_MISMATCH',
  'PAY_PROTECTION_TOO_LONG',
  'PAY_PROTECTION_ALREADY_GRANTED',
] as const;
export type ReassignmentsErrorCode = (typeof reassignmentsErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<ReassignmentsErrorCode>();
