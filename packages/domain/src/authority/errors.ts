import { errorsOf } from '../shared/errors';

// Every code the authority-structure deciders throw, besides the shared value codes (TEXT_*, INVALID_INSTANT).
export const authorityErrorCodes = [
  'AUTHORITY_ALREADY_EXISTS',
  'AUTHORITY_NOT_FOUND',
  'DIRECTORATE_ALREADY_EXISTS',
  'DIRECTORATE_NAME_TAKEN',
  'DIRECTORATE_NOT_FOUND',
  'SERVICE_ALREADY_EXISTS',
  'SERVICE_NAME_TAKEN',
  'PROGRAMME_ALREADY_EXISTS',
] as const;
export type AuthorityErrorCode = (typeof authorityErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<AuthorityErrorCode>();
