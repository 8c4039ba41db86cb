import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// Any generated document will do; the network is stubbed, not our code.
import { AuthoritiesDocument } from '../gql/graphql';
import { ApiError, execute } from './graphql';
import { endSession, getSession, startSession } from './session';

const session = {
  token: 'token-123',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  me: {
    id: 'u1',
    email: 'consultant@meridian.example',
    displayName: 'Casey Consultant',
    role: 'CONSULTANT' as const,
    tenantId: 't1',
    tenantName: 'Meridian',
    authorityId: null,
    serviceId: null,
    authorityIds: [],
  },
};

function answer(body: unknown, status = 200) {
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

beforeEach(() => startSession(session));
afterEach(() => endSession('signed-out'));

describe('execute', () => {
  it('posts the document with the bearer token and returns data', async () => {
    const fetch = answer({ data: { authorities: [] } });
    await expect(execute(AuthoritiesDocument)).resolves.toEqual({ authorities: [] });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect((init!.headers as Record<string, string>).authorization).toBe('Bearer token-123');
    expect(JSON.parse(init!.body as string).query).toContain('query Authorities');
  });

  it('turns a GraphQL error into an ApiError with its code and message', async () => {
    answer({ data: null, errors: [{ message: 'Authority not found', extensions: { code: 'NOT_FOUND' } }] });
    const error = await execute(AuthoritiesDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Authority not found', errorCode: undefined });
    expect(getSession()).not.toBeNull();
  });

  it('keeps the details the API sends, such as the problems of a rejected import', async () => {
    const problems = [{ row: 3, column: 'fte', value: 'x', reason: 'FTE must be a number such as 0.6 or 1.' }];
    answer({ errors: [{ message: '1 row has problems', extensions: { code: 'BAD_USER_INPUT', errorCode: 'IMPORT_REJECTED', details: { problems } } }] });
    await expect(execute(AuthoritiesDocument)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'IMPORT_REJECTED', details: { problems } });
  });

  it('ends the session when the API says UNAUTHENTICATED', async () => {
    answer({ errors: [{ message: 'Please sign in again', extensions: { code: 'UNAUTHENTICATED', errorCode: 'SIGN_IN_REQUIRED' } }] });
    await expect(execute(AuthoritiesDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', errorCode: 'SIGN_IN_REQUIRED' });
    expect(getSession()).toBeNull();
    expect(window.sessionStorage.getItem('orgledger.session')).toBeNull();
  });

  it('reports an unreachable API as a network error', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(execute(AuthoritiesDocument)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });
});
