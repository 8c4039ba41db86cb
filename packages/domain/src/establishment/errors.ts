import { errorsOf } from '../shared/errors';

// Every code the establishment decider throws, besides the shared value codes (TEXT_*, INVALID_FTE, INVALID_MONEY).
export const establishmentErrorCodes = [
  'POST_ALREADY_EXISTS',
  'POST_NOT_FOUND',
  'POST_REFERENCE_TAKEN',
  'SERVICE_NOT_FOUND',
  'INVALID_ID',
  'INVALID_SCP',
  'INVALID_VACANT',
  'POSTHOLDER_REF_LOOKS_LIKE_A_NAME',
  'VACANT_POST_HAS_POSTHOLDER',
  'IMPORT_REJECTED',
] as const;
export type EstablishmentErrorCode = (typeof establishmentErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<EstablishmentErrorCode>();
