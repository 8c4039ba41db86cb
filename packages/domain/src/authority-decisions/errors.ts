import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the Design Authority decider and gate throw, besides the shared value codes
// (TEXT_*, INVALID_DATE, INVALID_FTE, INVALID_MONEY).
export const designAuthorityErrorKinds = {
  // who may act
  DA_SUBMISSION_NOT_ALLOWED: 'FORBIDDEN',
  DA_DECISION_NOT_ALLOWED: 'FORBIDDEN',
  DA_MEMBER_INVITED_BY_SUBMITTER: 'FORBIDDEN',
  CONDITION_DISCHARGE_NOT_ALLOWED: 'FORBIDDEN',
  // submissions
  INVALID_SUBMISSION_ID: 'BAD_USER_INPUT',
  INVALID_SNAPSHOT: 'BAD_USER_INPUT',
  SUBMISSION_ALREADY_EXISTS: 'CONFLICT',
  SUBMISSION_NOT_FOUND: 'NOT_FOUND',
  SUBMISSION_SUPERSEDED: 'CONFLICT',
  // decisions
  INVALID_DA_DECISION: 'BAD_USER_INPUT',
  INVALID_MEETING_DATE: 'BAD_USER_INPUT',
  DA_CONDITIONS_REQUIRED: 'BAD_USER_INPUT',
  DA_CONDITIONS_NOT_ALLOWED: 'BAD_USER_INPUT',
  DA_ASKS_FOR_REQUIRED: 'BAD_USER_INPUT',
  DA_REASONS_REQUIRED: 'BAD_USER_INPUT',
  INVALID_CONDITION: 'BAD_USER_INPUT',
  CONDITION_LISTED_TWICE: 'BAD_USER_INPUT',
  SUBMISSION_ALREADY_DECIDED: 'BAD_USER_INPUT',
  // conditions and the gate
  CONDITION_NOT_FOUND: 'NOT_FOUND',
  CONDITION_ALREADY_DISCHARGED: 'BAD_USER_INPUT',
  DESIGN_AUTHORITY_GATE_CLOSED: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type DesignAuthorityErrorCode = keyof typeof designAuthorityErrorKinds;
export const designAuthorityErrorCodes = codesOf(designAuthorityErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<DesignAuthorityErrorCode>();
