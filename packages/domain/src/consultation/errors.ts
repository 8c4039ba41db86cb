import { errorsOf } from '../shared/errors';

// Every code the consultation decider throws, besides the shared value codes (TEXT_*, INVALID_DATE).
export const consultationErrorCodes = [
  'CONSULTATION_PLAN_NOT_FOUND',
  'CONSULTATION_PLAN_EXISTS',
  'CONSULTATION_ALREADY_LAUNCHED',
  'CONSULTATION_PLAN_HAS_BREACHES',
  'DESIGN_AUTHORITY_GATE_CLOSED',
  'INVALID_PROPOSED_DISMISSALS',
  'INVALID_CHOICE',
  'INVALID_UNIONS',
  'NO_RECOGNISED_UNION',
  'PERSON_NOT_AFFECTED',
  'MEETING_ALREADY_RECORDED',
  'ENTRY_ALREADY_LOGGED',
  'INVALID_CHARACTERISTICS',
  'DATES_OUT_OF_ORDER',
] as const;
export type ConsultationErrorCode = (typeof consultationErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<ConsultationErrorCode>();
