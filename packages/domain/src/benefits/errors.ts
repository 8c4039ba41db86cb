import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the benefits decider throws, besides the shared value codes (TEXT_*, INVALID_MONEY, INVALID_DATE, INVALID_ID).
export const benefitsErrorKinds = {
  BENEFIT_ALREADY_EXISTS: 'CONFLICT',
  BENEFIT_NOT_FOUND: 'NOT_FOUND',
  BENEFIT_STATUS_UNCHANGED: 'BAD_USER_INPUT',
  BENEFIT_STATUS_NEEDS_CHANGE: 'BAD_USER_INPUT',
  INVALID_BENEFIT_STATUS: 'BAD_USER_INPUT',
  INVALID_CASHABLE: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type BenefitsErrorCode = keyof typeof benefitsErrorKinds;
export const benefitsErrorCodes = codesOf(benefitsErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<BenefitsErrorCode>();
