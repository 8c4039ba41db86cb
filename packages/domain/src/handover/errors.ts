import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the recruitment handover decider throws, besides the shared value codes
// (TEXT_*, INVALID_DATE) and DESIGN_AUTHORITY_GATE_CLOSED from the gate.
export const handoverErrorKinds = {
  // who may act
  HANDOVER_NOT_ALLOWED: 'FORBIDDEN',
  PLAN_READ_ONLY_AFTER_ACCEPTANCE: 'FORBIDDEN',
  HANDOVER_NOT_YOURS: 'FORBIDDEN',
  PROGRESS_NOT_ALLOWED: 'FORBIDDEN',
  // the plan
  NO_VACANCIES_TO_RECRUIT: 'BAD_USER_INPUT',
  INVALID_VACANCIES: 'BAD_USER_INPUT',
  VACANCY_NOT_OPEN: 'BAD_USER_INPUT',
  VACANCY_NOT_PLANNED: 'BAD_USER_INPUT',
  VACANCY_LISTED_TWICE: 'BAD_USER_INPUT',
  INVALID_STAGE: 'BAD_USER_INPUT',
  STAGES_OUT_OF_ORDER: 'BAD_USER_INPUT',
  TARGET_DATES_OUT_OF_ORDER: 'BAD_USER_INPUT',
  // the handover
  NO_PLAN_DRAFTED: 'CONFLICT',
  PLAN_ALREADY_HANDED_OVER: 'CONFLICT',
  PLAN_NOT_HANDED_OVER: 'CONFLICT',
  RECIPIENT_NOT_FOUND: 'BAD_USER_INPUT',
  RECIPIENT_NOT_INTERIM_SERVICE_MANAGER: 'BAD_USER_INPUT',
  RECIPIENT_OF_ANOTHER_COUNCIL: 'BAD_USER_INPUT',
  // progress
  PLAN_NOT_ACCEPTED: 'CONFLICT',
  VACANCY_NOT_FOUND: 'NOT_FOUND',
  STAGE_NOT_PLANNED: 'BAD_USER_INPUT',
  STAGE_ALREADY_COMPLETED: 'CONFLICT',
  VACANCY_ALREADY_FILLED: 'CONFLICT',
  DATE_IN_FUTURE: 'BAD_USER_INPUT',
  COMPLETION_OUT_OF_ORDER: 'BAD_USER_INPUT',
  TARGET_UNCHANGED: 'BAD_USER_INPUT',
  START_BEFORE_PROGRESS: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type HandoverErrorCode = keyof typeof handoverErrorKinds;
export const handoverErrorCodes = codesOf(handoverErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<HandoverErrorCode>();
