import { codesOf, errorsOf, type ErrorKinds } from '../shared/errors';

// Every code the definition decider throws, besides the shared value codes (TEXT_*).
export const definitionErrorKinds = {
  DEFINITION_NOT_FOUND: 'NOT_FOUND',
  DEFINITION_SUPERSEDED: 'CONFLICT',
  ALREADY_AGREED: 'CONFLICT',
  INVALID_DEFINITION_VERSION: 'BAD_USER_INPUT',
} as const satisfies ErrorKinds;
export type DefinitionErrorCode = keyof typeof definitionErrorKinds;
export const definitionErrorCodes = codesOf(definitionErrorKinds);

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<DefinitionErrorCode>();
