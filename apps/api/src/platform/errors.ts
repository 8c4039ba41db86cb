import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, type DomainErrorKind } from '@orgledger/domain';
import { EventStoreError } from '@orgledger/event-store';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { errorKinds, isErrorCode } from './error-codes';
import { uuidv7 } from './ids';

const log = new Logger('GraphQL');

// Apollo's own codes for requests that never reached a resolver.
const CLIENT_CODES: Record<string, DomainErrorKind> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
};

const STORE_KINDS: Record<EventStoreError['code'], DomainErrorKind | null> = {
  WRONG_EXPECTED_REVISION: 'CONFLICT',
  EVENT_TOO_LARGE: 'BAD_USER_INPUT',
  STREAM_NOT_FOUND: 'NOT_FOUND',
  INVALID_EVENT: null,
};

// graphql-js repeats a rejected variable's value in its message; the value may be a password, so
// the answer names where the value was wrong and why, never the value itself.
export const withoutValues = (message: string): string => {
  const m = /^Variable "(\$[^"]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/.exec(message);
  if (!m) return message;
  const [, variable, at, detail] = m;
  const where = `Variable "${variable}" has an invalid value${at ? ` at "${at}"` : ''}`;
  const enumType = /does not exist in "([^"]+)" enum/.exec(detail);
  if (enumType) return `${where}: it is not one of the ${enumType[1]} values.`;
  const represent = /^(\w+ cannot represent [^:]*?)(?::|$)/.exec(detail);
  if (represent) return `${where}: ${represent[1].replace(/\.$/, '')}.`;
  const field = /^(Field "[^"]+" (?:is not defined by type|of required type) "[^"]+"[^.]*\.)/.exec(detail);
  return field ? `${where}: ${field[1]}` : `${where}.`;
};

const clean = (formatted: GraphQLFormattedError, code: string, extra: Record<string, unknown> = {}): GraphQLFormattedError => ({
  message: withoutValues(formatted.message),
  ...(formatted.locations ? { locations: formatted.locations } : {}),
  ...(formatted.path ? { path: formatted.path } : {}),
  extensions: { code, ...extra },
});

// The store's own words name event ids and types; a person is told what to do instead.
const storeMessage = (e: EventStoreError): string => {
  if (e.code === 'WRONG_EXPECTED_REVISION') return 'This record was changed by someone else at the same moment. Reload and try again.';
  if (e.code === 'EVENT_TOO_LARGE') {
    const { size, limit } = e.details as { size?: number; limit?: number };
    const figures =
      typeof size === 'number' && typeof limit === 'number' ? ` (${size.toLocaleString('en-GB')} bytes; the limit is ${limit.toLocaleString('en-GB')})` : '';
    return `This change is too large to record in one piece${figures}. Nothing was recorded: import fewer rows at a time or shorten the longest texts.`;
  }
  if (e.code === 'STREAM_NOT_FOUND') return 'There is no such record.'; // the store's words name the stream
  return e.message;
};
const storeDetails = (e: EventStoreError) => {
  const { size, limit } = e.details as { size?: unknown; limit?: unknown };
  return e.code === 'EVENT_TOO_LARGE' && typeof size === 'number' && typeof limit === 'number' ? { details: { size, limit } } : {};
};

// A domain error's GraphQL kind comes from its code; a code this build does not list keeps the kind it was thrown with.
export const kindOf = (e: DomainError): DomainErrorKind => (isErrorCode(e.code) ? errorKinds[e.code] : e.kind);

// The rule that refused a request before any resolver ran (our own plugins name it, e.g. QUERY_TOO_COMPLEX).
const ruleOf = (formatted: GraphQLFormattedError) => {
  const code = formatted.extensions?.errorCode;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code) ? { errorCode: code } : {};
};

// The one place where errors become GraphQL answers. Anything unexpected is logged with a
// reference and answered without internals.
export const formatGraphQLError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    const details = Object.keys(original.details).length ? { details: original.details } : {};
    return { message: original.message, path: formatted.path, extensions: { code: kindOf(original), errorCode: original.code, ...details } };
  }
  if (original instanceof EventStoreError && STORE_KINDS[original.code]) {
    const kind = STORE_KINDS[original.code]!;
    return { message: storeMessage(original), path: formatted.path, extensions: { code: kind, errorCode: original.code, ...storeDetails(original) } };
  }
  const apolloCode = String(formatted.extensions?.code ?? '');
  if (CLIENT_CODES[apolloCode]) return clean(formatted, CLIENT_CODES[apolloCode], ruleOf(formatted));
  // An error graphql-js or Apollo raised about the request itself (it never reached a resolver).
  if (original instanceof GraphQLError && !original.originalError && !formatted.path) return clean(formatted, 'BAD_USER_INPUT');
  const reference = uuidv7();
  log.error({ msg: 'Unexpected error', reference, error: original instanceof Error ? original.stack : String(original) });
  return {
    message: `Something went wrong on our side. Quote this reference if you report it: ${reference}`,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reference },
  };
};
