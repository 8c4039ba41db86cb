import { errorsOf } from '../shared/errors';

// Every code the definition decider throws, besides the shared value codes (TEXT_*).
export const definitionErrorCodes = ['DEFINITION_NOT_FOUND', 'DEFINITION_SUPERSEDED', 'ALREADY_AGREED', 'INVALID_DEFINITION_VERSION'] as const;
export type DefinitionErrorCode = (typeof definitionErrorCodes)[number];

// This context's factories: a code missing from the list above fails to compile.
export const { invalid, notFound, forbidden, conflict } = errorsOf<DefinitionErrorCode>();
