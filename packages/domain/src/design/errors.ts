import { errorsOf } from '../shared/errors';

// Every code the function-design decider throws, besides the shared value codes (TEXT_*, INVALID_FTE, INVALID_MONEY).
export const functionDesignErrorCodes = [
  'INVALID_ID',
  'INVALID_GRADE',
  'INVALID_RESPONSIBILITIES',
  'OPTION_NOT_FOUND',
  'OPTION_ALREADY_EXISTS',
  'OPTION_NAME_TAKEN',
  'OPTION_EMPTY',
  'TOO_MANY_OPTIONS',
  'OPTION_TOO_LARGE',
  'COPY_IDS_INCOMPLETE',
  'DESIGN_POST_NOT_FOUND',
  'DESIGN_POST_ALREADY_EXISTS',
  'REPORTING_CYCLE',
] as const;
export type FunctionDesignErrorCode = (typeof functionDesignErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<FunctionDesignErrorCode>();
