import { errorsOf } from '../shared/errors';

// Every code the activity deciders and analysis throw, besides the shared value codes (TEXT_*).
export const activityErrorCodes = [
  'INVALID_ID',
  'TAXONOMY_ALREADY_SEEDED',
  'TAXONOMY_EMPTY',
  'TAXONOMY_TOO_LARGE',
  'TAXONOMY_CYCLE',
  'ACTIVITY_ALREADY_EXISTS',
  'ACTIVITY_NOT_FOUND',
  'ACTIVITY_NAME_TAKEN',
  'ACTIVITY_TOO_DEEP',
  'ACTIVITY_RETIRED',
  'NOT_YOUR_SERVICE',
  'RETURN_NOT_ALLOWED',
  'RETURN_ALREADY_SUBMITTED',
  'RETURN_HAS_NO_POSTS',
  'POST_NOT_IN_SERVICE',
  'POST_LISTED_TWICE',
  'INVALID_SHARE',
  'ACTIVITY_LISTED_TWICE',
  'SHARES_OVER_100',
  'INVALID_THRESHOLD',
] as const;
export type ActivityErrorCode = (typeof activityErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<ActivityErrorCode>();
