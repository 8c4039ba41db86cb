import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the consultation decider throws, besides the shared value codes (TEXT_*, INVALID_DATE).
export const consultationErrorKinds = {
  CONSULTATION_PLAN_NOT_FOUND: 'NOT_FOUND',
  CONSULTATION_PLAN_EXISTS: 'CONFLICT',
  CONSULTATION_ALREADY_LAUNCHED: 'CONFLICT',
  CONSULTATION_PLAN_HAS_BREACHES: 'BAD_USER_INPUT',
  DESIGN_AUTHORITY_GATE_CLOSED: 'BAD_USER_INPUT',
  INVALID_PROPOSED_DISMISSALS: 'BAD_USER_INPUT',
  INVALID_CHOICE: 'BAD_USER_INPUT',
  INVALID_UNIONS: 'BAD_USER_INPUT',
  NO_RECOGNISED_UNION: 'BAD_USER_INPUT',
  PERSON_NOT_AFFECTED: 'BAD_USER_INPUT',
  MEETING_ALREADY_RECORDED: 'CONFLICT',
  ENTRY_ALREADY_LOGGED: 'CONFLICT',
  INVALID_CHARACTERISTICS: 'BAD_USER_INPUT',
  DATES_OUT_OF_ORDER: 'BAD_USER_INPUT',
  INVALID_SERVICE: 'BAD_USER_INPUT',
  INVALID_ELECTION: 'BAD_USER_INPUT',
  UNIONS_RECOGNISED: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type ConsultationErrorCode = keyof typeof consultationErrorKinds;
export const consultationErrorCodes = codesOf(consultationErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<ConsultationErrorCode>();
