import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the FTE-deals decider and projections throw, besides the shared value codes
// (TEXT_*, INVALID_FTE, INVALID_MONEY, INVALID_DATE, INVALID_ID).
export const fteDealErrorKinds = {
  // who may act
  DEAL_ACTION_NOT_ALLOWED: 'FORBIDDEN',
  NOT_YOUR_SERVICE: 'FORBIDDEN',
  APPROVER_INVITED_BY_PROPOSER: 'FORBIDDEN',
  PROGRAMME_SIDE_ONLY: 'FORBIDDEN',
  SERVICE_MISMATCH: 'BAD_USER_INPUT',
  // the deal and its lifecycle
  DEAL_NOT_FOUND: 'NOT_FOUND',
  DEAL_ALREADY_EXISTS: 'CONFLICT',
  STALE_DEAL: 'CONFLICT',
  DEAL_TERMS_FROZEN: 'BAD_USER_INPUT',
  DEAL_CLOSED: 'BAD_USER_INPUT',
  DEAL_NOT_AGREED: 'BAD_USER_INPUT',
  AMENDMENT_ALREADY_PROPOSED: 'BAD_USER_INPUT',
  NO_AMENDMENT_PROPOSED: 'BAD_USER_INPUT',
  OFFER_AWAITS_OTHER_SIDE: 'BAD_USER_INPUT',
  CANNOT_ACCEPT_OWN_OFFER: 'BAD_USER_INPUT',
  OFFER_UNCHANGED: 'BAD_USER_INPUT',
  // what a deal may release
  POST_NOT_IN_SERVICE: 'BAD_USER_INPUT',
  OVER_RELEASE: 'BAD_USER_INPUT',
  POST_ALREADY_PROMISED: 'BAD_USER_INPUT',
  // the shape of the terms
  NO_SOURCE_POSTS: 'BAD_USER_INPUT',
  TOO_MANY_SOURCE_POSTS: 'BAD_USER_INPUT',
  POST_LISTED_TWICE: 'BAD_USER_INPUT',
  NO_BUDGET: 'BAD_USER_INPUT',
  TOO_MANY_BUDGET_YEARS: 'BAD_USER_INPUT',
  INVALID_FINANCIAL_YEAR: 'BAD_USER_INPUT',
  BUDGET_YEAR_LISTED_TWICE: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type FteDealErrorCode = keyof typeof fteDealErrorKinds;
export const fteDealErrorCodes = codesOf(fteDealErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<FteDealErrorCode>();
