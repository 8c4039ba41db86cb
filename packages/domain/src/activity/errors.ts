import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the activity deciders and analysis throw, besides the shared value codes (TEXT_*).
export const activityErrorKinds = {
  INVALID_ID: 'BAD_USER_INPUT',
  TAXONOMY_ALREADY_SEEDED: 'CONFLICT',
  TAXONOMY_EMPTY: 'BAD_USER_INPUT',
  TAXONOMY_TOO_LARGE: 'BAD_USER_INPUT',
  TAXONOMY_CYCLE: 'BAD_USER_INPUT',
  ACTIVITY_ALREADY_EXISTS: 'CONFLICT',
  ACTIVITY_NOT_FOUND: 'NOT_FOUND',
  ACTIVITY_NAME_TAKEN: 'BAD_USER_INPUT',
  ACTIVITY_TOO_DEEP: 'BAD_USER_INPUT',
  ACTIVITY_RETIRED: 'BAD_USER_INPUT',
  NOT_YOUR_SERVICE: 'FORBIDDEN',
  RETURN_NOT_ALLOWED: 'FORBIDDEN',
  RETURN_ALREADY_SUBMITTED: 'CONFLICT',
  RETURN_HAS_NO_POSTS: 'BAD_USER_INPUT',
  POST_NOT_IN_SERVICE: 'BAD_USER_INPUT',
  POST_LISTED_TWICE: 'BAD_USER_INPUT',
  INVALID_SHARE: 'BAD_USER_INPUT',
  ACTIVITY_LISTED_TWICE: 'BAD_USER_INPUT',
  SHARES_OVER_100: 'BAD_USER_INPUT',
  INVALID_THRESHOLD: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type ActivityErrorCode = keyof typeof activityErrorKinds;
export const activityErrorCodes = codesOf(activityErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<ActivityErrorCode>();
