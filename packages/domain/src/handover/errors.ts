import { errorsOf } from '../shared/errors';

// Every code the recruitment handover decider throws, besides the shared value codes
// (TEXT_*, INVALID_DATE) and DESIGN_AUTHORITY_GATE_CLOSED from the gate.
export const handoverErrorCodes = [
  // who may act
  'HANDOVER_NOT_ALLOWED',
  'PLAN_READ_ONLY_AFTER_ACCEPTANCE',
  'HANDOVER_NOT_YOURS',
  'PROGRESS_NOT_ALLOWED',
  // the plan
  'NO_VACANCIES_TO_RECRUIT',
  'INVALID_VACANCIES',
  'VACANCY_NOT_OPEN',
  'VACANCY_NOT_PLANNED',
  'VACANCY_LISTED_TWICE',
  'INVALID_STAGE',
  'STAGES_OUT_OF_ORDER',
  'TARGET_DATES_OUT_OF_ORDER',
  // the handover
  'NO_PLAN_DRAFTED',
  'PLAN_ALREADY_HANDED_OVER',
  'PLAN_NOT_HANDED_OVER',
  'RECIPIENT_NOT_FOUND',
  'RECIPIENT_NOT_INTERIM_SERVICE_MANAGER',
  'RECIPIENT_OF_ANOTHER_COUNCIL',
  // progress
  'PLAN_NOT_ACCEPTED',
  'VACANCY_NOT_FOUND',
  'STAGE_NOT_PLANNED',
  'STAGE_ALREADY_COMPLETED',
  'VACANCY_ALREADY_FILLED',
  'DATE_IN_FUTURE',
  'COMPLETION_OUT_OF_ORDER',
  'TARGET_UNCHANGED',
  'START_BEFORE_PROGRESS',
] as const;
export type HandoverErrorCode = (typeof handoverErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<HandoverErrorCode>();
