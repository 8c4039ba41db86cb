import { errorsOf } from '../shared/errors';

// Every code the FTE-deals decider and projections throw, besides the shared value codes
// (TEXT_*, INVALID_FTE, INVALID_MONEY, INVALID_DATE, INVALID_ID).
export const fteDealErrorCodes = [
  // who may act
  'DEAL_ACTION_NOT_ALLOWED',
  'NOT_YOUR_SERVICE',
  'APPROVER_INVITED_BY_PROPOSER',
  'PROGRAMME_SIDE_ONLY',
  'SERVICE_MISMATCH',
  // the deal and its lifecycle
  'DEAL_NOT_FOUND',
  'DEAL_ALREADY_EXISTS',
  'STALE_DEAL',
  'DEAL_TERMS_FROZEN',
  'DEAL_CLOSED',
  'DEAL_NOT_AGREED',
  'AMENDMENT_ALREADY_PROPOSED',
  'NO_AMENDMENT_PROPOSED',
  'OFFER_AWAITS_OTHER_SIDE',
  'CANNOT_ACCEPT_OWN_OFFER',
  'OFFER_UNCHANGED',
  // what a deal may release
  'POST_NOT_IN_SERVICE',
  'OVER_RELEASE',
  'POST_ALREADY_PROMISED',
  // the shape of the terms
  'NO_SOURCE_POSTS',
  'TOO_MANY_SOURCE_POSTS',
  'POST_LISTED_TWICE',
  'NO_BUDGET',
  'TOO_MANY_BUDGET_YEARS',
  'INVALID_FINANCIAL_YEAR',
  'BUDGET_YEAR_LISTED_TWICE',
] as const;
export type FteDealErrorCode = (typeof fteDealErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<FteDealErrorCode>();
