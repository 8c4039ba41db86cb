import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the function-design decider throws, besides the shared value codes (TEXT_*, INVALID_FTE, INVALID_MONEY).
export const functionDesignErrorKinds = {
  INVALID_ID: 'BAD_USER_INPUT',
  INVALID_GRADE: 'BAD_USER_INPUT',
  INVALID_RESPONSIBILITIES: 'BAD_USER_INPUT',
  OPTION_NOT_FOUND: 'NOT_FOUND',
  OPTION_ALREADY_EXISTS: 'CONFLICT',
  OPTION_NAME_TAKEN: 'BAD_USER_INPUT',
  OPTION_EMPTY: 'BAD_USER_INPUT',
  TOO_MANY_OPTIONS: 'BAD_USER_INPUT',
  OPTION_TOO_LARGE: 'BAD_USER_INPUT',
  COPY_IDS_INCOMPLETE: 'BAD_USER_INPUT',
  DESIGN_POST_NOT_FOUND: 'NOT_FOUND',
  DESIGN_POST_ALREADY_EXISTS: 'CONFLICT',
  REPORTING_CYCLE: 'BAD_USER_INPUT',
  INVALID_APPRENTICESHIP: 'BAD_USER_INPUT',
  INVALID_AGE_BAND: 'BAD_USER_INPUT',
  INVALID_ALLOWANCES: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type FunctionDesignErrorCode = keyof typeof functionDesignErrorKinds;
export const functionDesignErrorCodes = codesOf(functionDesignErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<FunctionDesignErrorCode>();
