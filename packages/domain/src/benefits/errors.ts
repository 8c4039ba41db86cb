import { errorsOf } from '../shared/errors';

// Every code the benefits decider throws, besides the shared value codes (TEXT_*, INVALID_MONEY, INVALID_DATE, INVALID_ID).
export const benefitsErrorCodes = [
  'BENEFIT_ALREADY_EXISTS',
  'BENEFIT_NOT_FOUND',
  'BENEFIT_STATUS_UNCHANGED',
  'BENEFIT_STATUS_NEEDS_CHANGE',
  'INVALID_BENEFIT_STATUS',
  'INVALID_CASHABLE',
] as const;
export type BenefitsErrorCode = (typeof benefitsErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<BenefitsErrorCode>();
