// The one error type the domain throws. Codes are SCREAMING_SNAKE, listed per context as an
// `as const` array (each context's errors.ts), and are mapped to GraphQL extensions.code once, at
// the API edge, by an exhaustive code → kind map.
export type DomainErrorKind = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED';

// Codes the shared value types throw, in every context.
export const sharedErrorCodes = [
  'TEXT_REQUIRED',
  'TEXT_TOO_SHORT',
  'TEXT_TOO_LONG',
  'INVALID_ID',
  'INVALID_EMAIL',
  'INVALID_FTE',
  'INVALID_MONEY',
  'INVALID_DATE',
  'INVALID_INSTANT',
  'INVALID_DAYS',
  'INVALID_MONTHS',
  'INVALID_FINANCIAL_YEAR',
  'WEAK_PASSWORD',
] as const;
export type SharedErrorCode = (typeof sharedErrorCodes)[number];

export class DomainError<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly kind: DomainErrorKind = 'BAD_USER_INPUT',
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

type Details = Record<string, unknown>;

// A context's own factories: its codes (and the shared ones) and no others, checked by the compiler.
export const errorsOf = <C extends string>() => ({
  invalid: (code: C | SharedErrorCode, message: string, details?: Details) => new DomainError(code, message, 'BAD_USER_INPUT', details),
  notFound: (code: C | SharedErrorCode, message: string, details?: Details) => new DomainError(code, message, 'NOT_FOUND', details),
  forbidden: (code: C | SharedErrorCode, message: string, details?: Details) => new DomainError(code, message, 'FORBIDDEN', details),
  conflict: (code: C | SharedErrorCode, message: string, details?: Details) => new DomainError(code, message, 'CONFLICT', details),
});

// The shared kernel's own: shared codes only.
export const { invalid, notFound, forbidden, conflict } = errorsOf<never>();
