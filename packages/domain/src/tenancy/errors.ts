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
] as const;
export type TenancyErrorCode = (typeof tenancyErrorCodes)[number];
