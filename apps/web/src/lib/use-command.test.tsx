import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddActivityDocument } from '../gql/graphql';
import { ApiError } from './graphql';
import { endSession, startSession } from './session';
import { useCommand } from './use-command';

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
const input = { programmeId: 'p1', name: 'Contract monitoring', contractManagement: true, commandId: 'c1' };
const listKey = ['activity-analysis', 'p1'] as const;
const otherKey = ['deals'] as const;

function answer(body: unknown) {
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
}

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(listKey, ['before']);
  client.setQueryData(otherKey, ['untouched']);
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return { client, wrapper };
}

beforeEach(() => startSession(session));
afterEach(() => endSession('signed-out'));

describe('useCommand', () => {
  it('given a command, when it succeeds, then it sends the input and answers with the root field, refreshing what it names', async () => {
    const fetch = answer({ data: { addActivity: [{ id: 'a1' }] } });
    const { client, wrapper } = setup();
    const { result } = renderHook(() => useCommand(AddActivityDocument, { invalidates: [listKey] }), { wrapper });

    await expect(act(() => result.current.mutateAsync(input))).resolves.toEqual([{ id: 'a1' }]);

    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string).variables).toEqual({ input });
    expect(client.getQueryState(listKey)?.isInvalidated).toBe(true);
    expect(client.getQueryState(otherKey)?.isInvalidated).toBe(false);
  });

  it('given keys worked out from the answer and input, when it succeeds, then those are refreshed', async () => {
    answer({ data: { addActivity: [{ id: 'a1' }] } });
    const { client, wrapper } = setup();
    const invalidates = vi.fn((_answer: { id: string }[], given: { programmeId: string | number }) => [['activity-analysis', given.programmeId]]);
    const { result } = renderHook(() => useCommand(AddActivityDocument, { invalidates }), { wrapper });

    await act(() => result.current.mutateAsync(input));

    expect(invalidates).toHaveBeenCalledWith([{ id: 'a1' }], input);
    expect(client.getQueryState(listKey)?.isInvalidated).toBe(true);
  });

  it("given an answer that is a query's new state, when it succeeds, then the query shows it at once", async () => {
    answer({ data: { addActivity: [{ id: 'a1' }] } });
    const { client, wrapper } = setup();
    const { result } = renderHook(() => useCommand(AddActivityDocument, { updates: () => listKey }), { wrapper });

    await act(() => result.current.mutateAsync(input));

    expect(client.getQueryData(listKey)).toEqual([{ id: 'a1' }]);
  });

  it('given a refusal, when the command fails, then nothing is refreshed and the form sees the ApiError', async () => {
    answer({ errors: [{ message: 'That name is taken', extensions: { code: 'BAD_USER_INPUT', errorCode: 'NAME_TAKEN', details: { field: 'name' } } }] });
    const { client, wrapper } = setup();
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useCommand(AddActivityDocument, { invalidates: [listKey], onSuccess }), { wrapper });

    act(() => result.current.mutate(input));

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect(result.current.error).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'NAME_TAKEN', message: 'That name is taken', details: { field: 'name' } });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(client.getQueryState(listKey)?.isInvalidated).toBe(false);
  });
});
