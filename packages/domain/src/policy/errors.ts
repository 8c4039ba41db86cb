import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the policy decider throws, besides the shared value codes (TEXT_*, INVALID_DATE, INVALID_ID).
export const policyErrorKinds = {
  INVALID_POLICY_VALUE: 'BAD_USER_INPUT',
  TRIAL_BELOW_STATUTORY: 'BAD_USER_INPUT',
  COMPENSATION_OVER_104_WEEKS: 'BAD_USER_INPUT',
  INVALID_PROTECTION_TAPER: 'BAD_USER_INPUT',
  NOTICE_BANDS_OVERLAP: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type PolicyErrorCode = keyof typeof policyErrorKinds;
export const policyErrorCodes = codesOf(policyErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<PolicyErrorCode>();
