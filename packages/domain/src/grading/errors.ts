import { errorsOf } from '../shared/errors';

// Every code the grading deciders and helpers throw, besides the shared value codes
// (TEXT_*, INVALID_DATE).
export const gradingErrorCodes = [
  // who may act
  'GRADE_STRUCTURE_NOT_ALLOWED',
  'GRADING_ACTION_NOT_ALLOWED',
  'JD_APPROVER_NOT_HR_PARTNER',
  'JE_APPROVER_NOT_HR_PARTNER',
  'GRADING_APPROVER_INVITED_BY_AUTHOR',
  // grade structures
  'INVALID_GRADE_STRUCTURE',
  'GRADE_LISTED_TWICE',
  'INVALID_SCP_RANGE',
  'GRADES_OVERLAP',
  'NO_GRADE_STRUCTURE_IN_FORCE',
  'GRADE_NOT_IN_STRUCTURE',
  // job descriptions
  'INVALID_ID',
  'INVALID_JOB_DESCRIPTION',
  'JD_POST_MISMATCH',
  'JD_NOT_DRAFTED',
  'JD_VERSION_NOT_FOUND',
  'JD_VERSION_SUPERSEDED',
  'JD_ALREADY_APPROVED',
  // job evaluations
  'INVALID_JOB_EVALUATION',
  'JE_NOT_RECORDED',
  'JE_FOR_SUPERSEDED_JD',
  'JE_NOT_MODERATED',
] as const;
export type GradingErrorCode = (typeof gradingErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<GradingErrorCode>();
