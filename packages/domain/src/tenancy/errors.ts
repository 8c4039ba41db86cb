import { errorsOf } from '../shared/errors';

// Every code the tenancy deciders throw, besides the shared value codes (TEXT_*, INVALID_EMAIL…).
export const tenancyErrorCodes = [
  'TENANT_ALREADY_EXISTS',
  'TENANT_NOT_FOUND',
  'INVALID_POLICY',
  'USER_ALREADY_EXISTS',
  'USER_NOT_FOUND',
  'USER_DEACTIVATED',
  'USER_ALREADY_DEACTIVATED',
  'INVALID_ROLE',
  'AUTHORITY_REQUIRED',
  'AUTHORITY_NOT_ALLOWED',
  'SERVICE_REQUIRED',
  'SERVICE_NOT_ALLOWED',
  'NOT_AN_AUDITOR',
  'ACCESS_ALREADY_GRANTED',
  'ACCESS_NOT_GRANTED',
  'PASSWORD_HASH_REQUIRED',
  'EMAIL_ALREADY_REGISTERED',
  'USER_NOT_ACTIVE',
  'LINK_NOT_VALID',
  'LINK_EXPIRED',
  'LINK_HASH_REQUIRED',
  'LINK_EXPIRY_INVALID',
] as const;
export type TenancyErrorCode = (typeof tenancyErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<TenancyErrorCode>();
