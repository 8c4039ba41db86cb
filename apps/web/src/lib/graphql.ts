import type { TypedDocumentString } from '../gql/graphql';
import { asOfHeaders } from './as-of';
import { endSession, getSession } from './session';

export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR' | 'NETWORK_ERROR';

export class ApiError extends Error {
  // `errorCode` is the API's finer code (e.g. SIGN_IN_FAILED, TOO_MANY_ATTEMPTS) when it sends one;
  // `details` carries what the API adds to explain it (e.g. `problems` for a rejected import).
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly errorCode?: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type GraphQLErrorExtensions = { code?: string; errorCode?: string; details?: Record<string, unknown> };
type GraphQLResponse<T> = { data?: T | null; errors?: { message: string; extensions?: GraphQLErrorExtensions }[] };

export function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  return post<TResult>(document.toString(), variables);
}

// The untyped half of `execute`, for callers that build the variables themselves (useCommand).
export async function post<TResult>(query: string, variables?: unknown): Promise<TResult> {
  const session = getSession();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  // Signing in is never "as at": only a signed-in user's requests carry it.
  if (session) Object.assign(headers, { authorization: `Bearer ${session.token}` }, asOfHeaders());
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  }).catch(() => {
    throw new ApiError('NETWORK_ERROR', 'We could not reach OrgLedger. Check your connection and try again.');
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  const [error] = body.errors ?? [];
  if (error) {
    const code = (error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') as ApiErrorCode;
    // The token is missing, expired or revoked: ending the session sends the user to sign-in.
    if (code === 'UNAUTHENTICATED') endSession('expired');
    throw new ApiError(code, error.message, error.extensions?.errorCode, error.extensions?.details);
  }
  if (!response.ok || !body.data) throw new ApiError('INTERNAL_SERVER_ERROR', `OrgLedger answered ${response.status}.`);
  return body.data;
}
