// The one error type the domain throws. Codes are SCREAMING_SNAKE, listed per context with their
// GraphQL kind (each context's errors.ts), and mapped to GraphQL extensions.code once, at the API
// edge, by the exhaustive code → kind map those lists make up (contexts.ts).
export type DomainErrorKind = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED';

// A context's codes, each with the GraphQL kind the API answers with (its errors.ts).
export type ErrorKinds<C extends string = string> = Record<C, DomainErrorKind>;
// Object.keys loses the key type; the kinds record is the list.
export const codesOf = <C extends string>(kinds: ErrorKinds<C>): C[] => Object.keys(kinds) as C[];

// Codes the shared value types throw, in every context.
export const sharedErrorKinds = {
  TEXT_REQUIRED: 'BAD_USER_INPUT',
  TEXT_TOO_SHORT: 'BAD_USER_INPUT',
  TEXT_TOO_LONG: 'BAD_USER_INPUT',
  INVALID_ID: 'BAD_USER_INPUT',
  INVALID_EMAIL: 'BAD_USER_INPUT',
  INVALID_FTE: 'BAD_USER_INPUT',
  INVALID_MONEY: 'BAD_USER_INPUT',
  INVALID_DATE: 'BAD_USER_INPUT',
  INVALID_INSTANT: 'BAD_USER_INPUT',
  INVALID_DAYS: 'BAD_USER_INPUT',
  INVALID_MONTHS: 'BAD_USER_INPUT',
  INVALID_FINANCIAL_YEAR: 'BAD_USER_INPUT',
  WEAK_PASSWORD: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type SharedErrorCode = keyof typeof sharedErrorKinds;
export const sharedErrorCodes = codesOf(sharedErrorKinds);

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
