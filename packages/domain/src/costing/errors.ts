import type { ReferenceDataErrorCode } from '@orgledger/reference-data';
import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the costing context throws, besides the shared value codes (TEXT_*, INVALID_FTE,
// INVALID_MONEY, INVALID_DATE, INVALID_ID).
export const costingErrorKinds = {
  // who may change reference data
  REFERENCE_DATA_ADMIN_ONLY: 'FORBIDDEN',
  LGPS_RATE_NOT_ALLOWED: 'FORBIDDEN',
  // tables as entered
  INVALID_TABLE: 'BAD_USER_INPUT',
  INVALID_TABLE_ID: 'BAD_USER_INPUT',
  TABLE_ID_TAKEN: 'CONFLICT',
  INVALID_TABLE_KIND: 'BAD_USER_INPUT',
  INVALID_TABLE_DATES: 'BAD_USER_INPUT',
  INVALID_TABLE_STATUS: 'BAD_USER_INPUT',
  INVALID_TABLE_VALUES: 'BAD_USER_INPUT',
  PAY_POINTS_NOT_ASCENDING: 'BAD_USER_INPUT',
  LOCAL_POINTS_NOT_ABOVE_SPINE: 'BAD_USER_INPUT',
  INVALID_LGPS_RATE: 'BAD_USER_INPUT',
  // looking up the tables in force (codes from @orgledger/reference-data)
  NO_TABLE_IN_FORCE: 'BAD_USER_INPUT',
  TABLE_EXPIRED: 'BAD_USER_INPUT',
  SCP_DELETED: 'BAD_USER_INPUT',
  SCP_NOT_IN_TABLE: 'BAD_USER_INPUT',
  // costing a post and a function
  INVALID_FINANCIAL_YEAR: 'BAD_USER_INPUT',
  INVALID_SCP_POLICY: 'BAD_USER_INPUT',
  INVALID_GRADE: 'BAD_USER_INPUT',
  SCP_REQUIRED: 'BAD_USER_INPUT',
  SCP_OUTSIDE_GRADE: 'BAD_USER_INPUT',
  GRADE_REQUIRED: 'BAD_USER_INPUT',
  GRADE_HAS_NO_PAY_POINTS: 'BAD_USER_INPUT',
  LGPS_RATE_MISSING: 'BAD_USER_INPUT',
  TOO_MANY_BUDGET_POSTS: 'BAD_USER_INPUT',
  TOO_MANY_NON_PAY_LINES: 'BAD_USER_INPUT',
  DESIGN_POST_LISTED_TWICE: 'BAD_USER_INPUT',
  INVALID_APPRENTICESHIP: 'BAD_USER_INPUT',
  INVALID_AGE_BAND: 'BAD_USER_INPUT',
  INVALID_ALLOWANCES: 'BAD_USER_INPUT',
  // the function budget's non-pay lines and sign-off
  BUDGET_CHANGE_NOT_ALLOWED: 'FORBIDDEN',
  BUDGET_SIGN_OFF_NOT_ALLOWED: 'FORBIDDEN',
  BUDGET_SIGNER_INVITED_BY_PREPARER: 'FORBIDDEN',
  // exit costs
  INVALID_AGE: 'BAD_USER_INPUT',
  INVALID_SERVICE: 'BAD_USER_INPUT',
  INVALID_MEMBERSHIP: 'BAD_USER_INPUT',
  EXIT_COSTS_NOT_ALLOWED: 'FORBIDDEN',
  POST_NOT_AT_RISK: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type CostingErrorCode = keyof typeof costingErrorKinds;
export const costingErrorCodes = codesOf(costingErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<CostingErrorCode | ReferenceDataErrorCode>();
