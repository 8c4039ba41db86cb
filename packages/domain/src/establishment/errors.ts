import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the establishment decider throws, besides the shared value codes (TEXT_*, INVALID_FTE, INVALID_MONEY).
export const establishmentErrorKinds = {
  POST_ALREADY_EXISTS: 'CONFLICT',
  POST_NOT_FOUND: 'NOT_FOUND',
  POST_REFERENCE_TAKEN: 'BAD_USER_INPUT',
  SERVICE_NOT_FOUND: 'NOT_FOUND',
  INVALID_ID: 'BAD_USER_INPUT',
  INVALID_SCP: 'BAD_USER_INPUT',
  INVALID_VACANT: 'BAD_USER_INPUT',
  POSTHOLDER_REF_LOOKS_LIKE_A_NAME: 'BAD_USER_INPUT',
  VACANT_POST_HAS_POSTHOLDER: 'BAD_USER_INPUT',
  IMPORT_REJECTED: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type EstablishmentErrorCode = keyof typeof establishmentErrorKinds;
export const establishmentErrorCodes = codesOf(establishmentErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<EstablishmentErrorCode>();
