import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the reassignments decider throws, besides the shared value codes (TEXT_*, INVALID_DATE).
export const reassignmentsErrorKinds = {
  INVALID_ID: 'BAD_USER_INPUT',
  INVALID_JOB_MATCH: 'BAD_USER_INPUT',
  INVALID_RULES: 'BAD_USER_INPUT',
  INVALID_OUTCOME: 'BAD_USER_INPUT',
  POST_NOT_FOUND: 'NOT_FOUND',
  DESIGN_POST_NOT_FOUND: 'NOT_FOUND',
  POOL_NOT_FOUND: 'NOT_FOUND',
  POOL_ALREADY_EXISTS: 'CONFLICT',
  RING_FENCE_EMPTY: 'BAD_USER_INPUT',
  LISTED_TWICE: 'BAD_USER_INPUT',
  POST_NOT_IN_POOL: 'BAD_USER_INPUT',
  DESIGN_POST_NOT_IN_POOL: 'BAD_USER_INPUT',
  SLOT_IN_BELOW_THRESHOLD: 'BAD_USER_INPUT',
  DESIGN_POST_FULL: 'BAD_USER_INPUT',
  ALREADY_SLOTTED_IN: 'CONFLICT',
  REASSIGNMENT_NOT_ALLOWED: 'CONFLICT',
  VACANT_POST: 'BAD_USER_INPUT',
  POST_NOT_VACANT: 'BAD_USER_INPUT',
  DATES_OUT_OF_ORDER: 'BAD_USER_INPUT',
  TRIAL_TOO_LONG: 'BAD_USER_INPUT',
  TRIAL_POST_MISMATCH: 'BAD_USER_INPUT',
  PAY_PROTECTION_TOO_LONG: 'BAD_USER_INPUT',
  PAY_PROTECTION_ALREADY_GRANTED: 'CONFLICT',
  TRIAL_LONGER_THAN_POLICY: 'BAD_USER_INPUT',
  RING_FENCE_GRADE_OUT_OF_RANGE: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type ReassignmentsErrorCode = keyof typeof reassignmentsErrorKinds;
export const reassignmentsErrorCodes = codesOf(reassignmentsErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<ReassignmentsErrorCode>();
