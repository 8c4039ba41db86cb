import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the authority-structure deciders throw, besides the shared value codes (TEXT_*, INVALID_INSTANT).
export const authorityErrorKinds = {
  AUTHORITY_ALREADY_EXISTS: 'CONFLICT',
  AUTHORITY_NOT_FOUND: 'NOT_FOUND',
  DIRECTORATE_ALREADY_EXISTS: 'CONFLICT',
  DIRECTORATE_NAME_TAKEN: 'BAD_USER_INPUT',
  DIRECTORATE_NOT_FOUND: 'NOT_FOUND',
  SERVICE_ALREADY_EXISTS: 'CONFLICT',
  SERVICE_NAME_TAKEN: 'BAD_USER_INPUT',
  PROGRAMME_ALREADY_EXISTS: 'CONFLICT',
} as const satisfies ErrorKinds;
export type AuthorityErrorCode = keyof typeof authorityErrorKinds;
export const authorityErrorCodes = codesOf(authorityErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<AuthorityErrorCode>();
