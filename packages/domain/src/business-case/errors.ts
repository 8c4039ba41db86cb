import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the business-case decider throws, besides the shared value codes (TEXT_*, INVALID_FINANCIAL_YEAR).
export const businessCaseErrorKinds = {
  BUSINESS_CASE_CHANGE_NOT_ALLOWED: 'FORBIDDEN',
  INVALID_HORIZON: 'BAD_USER_INPUT',
  INVALID_PAY_AWARD: 'BAD_USER_INPUT',
  PAY_AWARD_ALREADY_AGREED: 'BAD_USER_INPUT',
  INVALID_VACANCY_FACTOR: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type BusinessCaseErrorCode = keyof typeof businessCaseErrorKinds;
export const businessCaseErrorCodes = codesOf(businessCaseErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, forbidden } = errorsOf<BusinessCaseErrorCode>();
