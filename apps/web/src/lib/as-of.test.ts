import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthoritiesDocument } from '../gql/graphql';
import { AS_OF_HEADER, asOfHeaders, formatAsOf, fromLocalInput, getAsOf, parseAsOf, setAsOf, subscribeAsOf, toLocalInput } from './as-of';
import { execute } from './graphql';
import { endSession, startSession } from './session';

const session = {
  token: 'token-123',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  me: {
    id: 'u1',
    email: 'auditor@meridian.example',
    displayName: 'Avery Auditor',
    role: 'AUDITOR' as const,
    tenantId: 't1',
    tenantName: 'Meridian',
    authorityId: null,
    serviceId: null,
    authorityIds: [],
  },
};

const sentHeaders = async () => {
  const fetch = vi
    .spyOn(globalThis, 'fetch')
    .mockResolvedValue(new Response(JSON.stringify({ data: { authorities: [] } }), { status: 200, headers: { 'content-type': 'application/json' } }));
  await execute(AuthoritiesDocument);
  return fetch.mock.calls[0]![1]!.headers as Record<string, string>;
};

afterEach(() => {
  setAsOf(null);
  endSession('signed-out');
});

describe('as at', () => {
  it('accepts past instants only, normalised to UTC', () => {
    const now = Date.parse('2026-06-01T12:00:00Z');
    expect(parseAsOf('2026-03-01T09:30:00+01:00', now)).toBe('2026-03-01T08:30:00.000Z');
    expect(parseAsOf('2026-07-01T09:30:00Z', now)).toBeNull();
    expect(parseAsOf('yesterday', now)).toBeNull();
    expect(parseAsOf('', now)).toBeNull();
    expect(parseAsOf(null, now)).toBeNull();
  });

  it('tells subscribers when it changes, and only then', () => {
    const listener = vi.fn();
    const stop = subscribeAsOf(listener);
    setAsOf('2026-03-01T09:30:00Z');
    setAsOf('2026-03-01T09:30:00.000Z');
    expect(getAsOf()).toBe('2026-03-01T09:30:00.000Z');
    setAsOf(null);
    stop();
    setAsOf('2026-03-02T09:30:00Z');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('turns the date-time input (local wall-clock time) into an instant and back', () => {
    const iso = fromLocalInput('2026-03-01T09:30')!;
    expect(new Date(iso).getHours()).toBe(9);
    expect(toLocalInput(iso)).toBe('2026-03-01T09:30');
    expect(fromLocalInput('2026-03-01')).toBeNull();
    expect(formatAsOf(iso)).toMatch(/1 March 2026.*09:30/);
  });

  it('puts the header on every signed-in GraphQL request while set, and never on sign-in', async () => {
    startSession(session);
    expect((await sentHeaders())[AS_OF_HEADER]).toBeUndefined();
    vi.restoreAllMocks();
    setAsOf('2026-03-01T09:30:00Z');
    expect(asOfHeaders()).toEqual({ [AS_OF_HEADER]: '2026-03-01T09:30:00.000Z' });
    expect((await sentHeaders())[AS_OF_HEADER]).toBe('2026-03-01T09:30:00.000Z');
    vi.restoreAllMocks();
    endSession('signed-out');
    expect((await sentHeaders())[AS_OF_HEADER]).toBeUndefined();
  });
});
