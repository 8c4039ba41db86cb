import { errorsOf } from '../shared/errors';

// Every code the Design Authority decider and gate throw, besides the shared value codes
// (TEXT_*, INVALID_DATE, INVALID_FTE, INVALID_MONEY).
export const designAuthorityErrorCodes = [
  // who may act
  'DA_SUBMISSION_NOT_ALLOWED',
  'DA_DECISION_NOT_ALLOWED',
  'DA_MEMBER_INVITED_BY_SUBMITTER',
  'CONDITION_DISCHARGE_NOT_ALLOWED',
  // submissions
  'INVALID_SUBMISSION_ID',
  'INVALID_SNAPSHOT',
  'SUBMISSION_ALREADY_EXISTS',
  'SUBMISSION_NOT_FOUND',
  'SUBMISSION_SUPERSEDED',
  // decisions
  'INVALID_DA_DECISION',
  'INVALID_MEETING_DATE',
  'DA_CONDITIONS_REQUIRED',
  'DA_CONDITIONS_NOT_ALLOWED',
  'DA_ASKS_FOR_REQUIRED',
  'DA_REASONS_REQUIRED',
  'INVALID_CONDITION',
  'CONDITION_LISTED_TWICE',
  'SUBMISSION_ALREADY_DECIDED',
  // conditions and the gate
  'CONDITION_NOT_FOUND',
  'CONDITION_ALREADY_DISCHARGED',
  'DESIGN_AUTHORITY_GATE_CLOSED',
] as const;
export type DesignAuthorityErrorCode = (typeof designAuthorityErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<DesignAuthorityErrorCode>();
