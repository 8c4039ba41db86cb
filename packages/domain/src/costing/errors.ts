import type { ReferenceDataErrorCode } from '@orgledger/reference-data';
import { errorsOf } from '../shared/errors';

// Every code the costing context throws, besides the shared value codes (TEXT_*, INVALID_FTE,
// INVALID_MONEY, INVALID_DATE, INVALID_ID).
export const costingErrorCodes = [
  // who may change reference data
  'REFERENCE_DATA_ADMIN_ONLY',
  'LGPS_RATE_NOT_ALLOWED',
  // tables as entered
  'INVALID_TABLE',
  'INVALID_TABLE_ID',
  'TABLE_ID_TAKEN',
  'INVALID_TABLE_KIND',
  'INVALID_TABLE_DATES',
  'INVALID_TABLE_STATUS',
  'INVALID_TABLE_VALUES',
  'PAY_POINTS_NOT_ASCENDING',
  'LOCAL_POINTS_NOT_ABOVE_SPINE',
  'INVALID_LGPS_RATE',
  // looking up the tables in force (codes from @orgledger/reference-data)
  'NO_TABLE_IN_FORCE',
  'TABLE_EXPIRED',
  'SCP_DELETED',
  'SCP_NOT_IN_TABLE',
  // costing a post and a function
  'INVALID_FINANCIAL_YEAR',
  'INVALID_SCP_POLICY',
  'INVALID_GRADE',
  'SCP_REQUIRED',
  'SCP_OUTSIDE_GRADE',
  'GRADE_REQUIRED',
  'GRADE_HAS_NO_PAY_POINTS',
  'LGPS_RATE_MISSING',
  'TOO_MANY_BUDGET_POSTS',
  'TOO_MANY_NON_PAY_LINES',
  'DESIGN_POST_LISTED_TWICE',
  // the function budget's non-pay lines and sign-off
  'BUDGET_CHANGE_NOT_ALLOWED',
  'BUDGET_SIGN_OFF_NOT_ALLOWED',
  'BUDGET_SIGNER_INVITED_BY_PREPARER',
  // exit costs
  'INVALID_AGE',
  'INVALID_SERVICE',
  'INVALID_MEMBERSHIP',
  'EXIT_COSTS_NOT_ALLOWED',
  'POST_NOT_AT_RISK',
] as const;
export type CostingErrorCode = (typeof costingErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<CostingErrorCode | ReferenceDataErrorCode>();
