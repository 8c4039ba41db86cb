import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the grading deciders and helpers throw, besides the shared value codes
// (TEXT_*, INVALID_DATE).
export const gradingErrorKinds = {
  // who may act
  GRADE_STRUCTURE_NOT_ALLOWED: 'FORBIDDEN',
  GRADING_ACTION_NOT_ALLOWED: 'FORBIDDEN',
  JD_APPROVER_NOT_HR_PARTNER: 'FORBIDDEN',
  JE_APPROVER_NOT_HR_PARTNER: 'FORBIDDEN',
  GRADING_APPROVER_INVITED_BY_AUTHOR: 'FORBIDDEN',
  // grade structures
  INVALID_GRADE_STRUCTURE: 'BAD_USER_INPUT',
  GRADE_LISTED_TWICE: 'BAD_USER_INPUT',
  INVALID_SCP_RANGE: 'BAD_USER_INPUT',
  GRADES_OVERLAP: 'BAD_USER_INPUT',
  NO_GRADE_STRUCTURE_IN_FORCE: 'NOT_FOUND',
  GRADE_NOT_IN_STRUCTURE: 'BAD_USER_INPUT',
  // job descriptions
  INVALID_ID: 'BAD_USER_INPUT',
  INVALID_JOB_DESCRIPTION: 'BAD_USER_INPUT',
  JD_POST_MISMATCH: 'BAD_USER_INPUT',
  JD_NOT_DRAFTED: 'NOT_FOUND',
  JD_VERSION_NOT_FOUND: 'NOT_FOUND',
  JD_VERSION_SUPERSEDED: 'CONFLICT',
  JD_ALREADY_APPROVED: 'BAD_USER_INPUT',
  // job evaluations
  INVALID_JOB_EVALUATION: 'BAD_USER_INPUT',
  JE_NOT_RECORDED: 'NOT_FOUND',
  JE_FOR_SUPERSEDED_JD: 'BAD_USER_INPUT',
  JE_NOT_MODERATED: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type GradingErrorCode = keyof typeof gradingErrorKinds;
export const gradingErrorCodes = codesOf(gradingErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<GradingErrorCode>();
