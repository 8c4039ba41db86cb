import { codesOf, domainErrorKinds, type DomainErrorCode, type DomainErrorKind } from '@orgledger/domain';

const input = 'BAD_USER_INPUT',
  notFound = 'NOT_FOUND',
  forbidden = 'FORBIDDEN',
  conflict = 'CONFLICT',
  signIn = 'UNAUTHENTICATED';

// Codes apps/api raises itself, with their kinds; the domain's come with theirs from each context's
// registration (domainErrorKinds).
// prettier-ignore
const apiErrorKinds = {
  // no such record (or another tenant's)
  DESIGN_OPTION_NOT_FOUND: notFound, PROGRAMME_NOT_FOUND: notFound,
  // not allowed for this user
  AS_OF_READ_ONLY: forbidden, AUDITOR_READ_ONLY: forbidden, ROLE_NOT_ALLOWED: forbidden,
  // who is asking is not known
  SIGN_IN_FAILED: signIn, SIGN_IN_REQUIRED: signIn, TOO_MANY_ATTEMPTS: signIn,
  // the record moved on or is in the wrong state
  CONCURRENT_CHANGE: conflict, EMAIL_ALREADY_IN_TENANT: conflict, STALE_REVISION: conflict, STORE_DOES_NOT_MATCH_CHECKPOINT: conflict,
  // the request itself is wrong
  AS_OF_AFTER_LATEST: input, AS_OF_INVALID: input, AS_OF_IN_FUTURE: input, AUTHORITY_OR_PROGRAMME_REQUIRED: input, CANNOT_DEACTIVATE_SELF: input,
  COMMON_PASSWORD: input, CONSULTANT_CANNOT_ADD_STAFF: input, CURRENT_PASSWORD_WRONG: input, DESIGN_NOT_CHOSEN: input, IMPORTS_BUSY: input,
  INVALID_MOMENT: input, INVALID_PAGE: input, INVALID_REVISION: input, NOTHING_TO_SEAL: input, NO_CHOSEN_OPTION: input, PASSWORD_UNCHANGED: input,
  SPREADSHEET_CELL_TOO_LONG: input, SPREADSHEET_TOO_COMPLEX: input, SPREADSHEET_TOO_MANY_SHEETS: input, SPREADSHEET_TOO_MANY_STRINGS: input,
  SPREADSHEET_TOO_MUCH_TEXT: input, SPREADSHEET_TOO_TALL: input, SPREADSHEET_TOO_WIDE: input, SPREADSHEET_UNREADABLE: input,
  UNSUPPORTED_FILE_TYPE: input,
  // a file that cannot be imported as it stands (imports/)
  COLUMNS_MISSING: input, CSV_UNTERMINATED_QUOTE: input, FILE_NOT_BASE64: input, FILE_TOO_LARGE: input, SPREADSHEET_EMPTY: input,
  SPREADSHEET_TOO_LARGE: input,
} as const;
export type ApiErrorCode = keyof typeof apiErrorKinds;
export const apiErrorCodes = codesOf(apiErrorKinds);
export type ErrorCode = DomainErrorCode | ApiErrorCode;

// The one code → GraphQL kind map, at the edge: every code has its kind by construction.
export const errorKinds: Record<ErrorCode, DomainErrorKind> = { ...domainErrorKinds, ...apiErrorKinds };

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(errorKinds, code);
