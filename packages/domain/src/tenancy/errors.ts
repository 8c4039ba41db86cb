import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the tenancy deciders throw, besides the shared value codes (TEXT_*, INVALID_EMAIL…).
export const tenancyErrorKinds = {
  TENANT_ALREADY_EXISTS: 'CONFLICT',
  TENANT_NOT_FOUND: 'NOT_FOUND',
  INVALID_POLICY: 'BAD_USER_INPUT',
  USER_ALREADY_EXISTS: 'CONFLICT',
  USER_NOT_FOUND: 'NOT_FOUND',
  USER_DEACTIVATED: 'CONFLICT',
  USER_ALREADY_DEACTIVATED: 'CONFLICT',
  INVALID_ROLE: 'BAD_USER_INPUT',
  AUTHORITY_REQUIRED: 'BAD_USER_INPUT',
  AUTHORITY_NOT_ALLOWED: 'BAD_USER_INPUT',
  SERVICE_REQUIRED: 'BAD_USER_INPUT',
  SERVICE_NOT_ALLOWED: 'BAD_USER_INPUT',
  NOT_AN_AUDITOR: 'BAD_USER_INPUT',
  ACCESS_ALREADY_GRANTED: 'CONFLICT',
  ACCESS_NOT_GRANTED: 'CONFLICT',
  PASSWORD_HASH_REQUIRED: 'BAD_USER_INPUT',
  EMAIL_ALREADY_REGISTERED: 'CONFLICT',
  USER_NOT_ACTIVE: 'CONFLICT',
  LINK_NOT_VALID: 'BAD_USER_INPUT',
  LINK_EXPIRED: 'BAD_USER_INPUT',
  LINK_HASH_REQUIRED: 'BAD_USER_INPUT',
  LINK_EXPIRY_INVALID: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type TenancyErrorCode = keyof typeof tenancyErrorKinds;
export const tenancyErrorCodes = codesOf(tenancyErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<TenancyErrorCode>();
