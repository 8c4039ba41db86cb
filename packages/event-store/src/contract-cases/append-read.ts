import { EventStoreError } from '../event-store';
import { GENESIS_HASH } from '../hash-chain';
import { dealStream, fteDealApproved, fteDealProposed, ids, newTenant, rejection, revisions, type ContractContext } from './fixtures';

export const appendAndReadCases = ({ open }: ContractContext) => {
  it('appends events and reads them back forwards with store-assigned fields', async () => {
    const { store } = await open();
    const tenant = newTenant();
    const stream = dealStream(tenant, 'deal-1');
    const proposed = fteDealProposed(tenant, 'deal-1', 600);
    const approved = fteDealApproved(tenant, 'deal-1');
    const result = await store.append(stream, [proposed, approved], { expectedRevision: 'no_stream' });

    const events = await store.readStream(stream);
    expect(result.nextExpectedRevision).toBe(1n);
    expect(events.map((e) => [e.streamName, e.revision, e.eventId, e.type])).toEqual([
      [stream, 0n, proposed.eventId, 'FteDealProposed'],
      [stream, 1n, approved.eventId, 'FteDealApproved'],
    ]);
    expect(events[0].data).toEqual({
      dealId: 'deal-1',
      serviceId: 'svc-waste',
      releasedFte: 600,
      budgetPence: 24_750_000,
      note: 'Contract monitoring moves to the hub',
    });
    expect(events[1].metadata).toEqual(approved.metadata);
    expect(events[1].position).toEqual(result.position);
    expect(events[0].position.commit < events[1].position.commit).toBe(true);
    expect(new Date(events[0].recordedAt).toISOString()).toBe(events[0].recordedAt);
    expect(events[0].prevHash).toBe(GENESIS_HASH);
    expect(events[1].prevHash).toBe(events[0].hash);
    expect(events[1].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads forwards and backwards from a revision, honouring maxCount', async () => {
    const { store } = await open();
    const tenant = newTenant();
    const stream = dealStream(tenant, 'deal-2');
    const written = [100, 200, 300, 400, 500].map((fte) => fteDealProposed(tenant, 'deal-2', fte));
    await store.append(stream, written);
    const allIds = written.map((e) => e.eventId);

    expect(ids(await store.readStream(stream, { fromRevision: 2n }))).toEqual(allIds.slice(2));
    expect(ids(await store.readStream(stream, { fromRevision: 1n, maxCount: 2 }))).toEqual(allIds.slice(1, 3));
    expect(revisions(await store.readStream(stream, { direction: 'backwards' }))).toEqual([4n, 3n, 2n, 1n, 0n]);
    expect(revisions(await store.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 2 }))).toEqual([4n, 3n]);
    expect(revisions(await store.readStream(stream, { direction: 'backwards', fromRevision: 2n }))).toEqual([2n, 1n, 0n]);
    expect(await store.readStream(stream, { fromRevision: 'end' })).toEqual([]);
    expect(revisions(await store.readStream(stream, { fromRevision: 'start', maxCount: 1 }))).toEqual([0n]);
  });

  it('refuses to read a stream that has no events with STREAM_NOT_FOUND', async () => {
    const { store } = await open();
    const stream = dealStream(newTenant(), 'never-written');
    const forwards = await rejection(store.readStream(stream));
    expect(forwards).toBeInstanceOf(EventStoreError);
    expect(forwards.code).toBe('STREAM_NOT_FOUND');
    expect(forwards.message).toContain(stream);
    expect((await rejection(store.readStream(stream, { direction: 'backwards' }))).code).toBe('STREAM_NOT_FOUND');
  });

  it("expectedRevision 'no_stream' creates a stream once and then conflicts with the actual revision", async () => {
    const { store } = await open();
    const tenant = newTenant();
    const stream = dealStream(tenant, 'deal-3');
    await store.append(stream, [fteDealProposed(tenant, 'deal-3', 500)], { expectedRevision: 'no_stream' });
    const conflict = await rejection(store.append(stream, [fteDealApproved(tenant, 'deal-3')], { expectedRevision: 'no_stream' }));
    expect(conflict.code).toBe('WRONG_EXPECTED_REVISION');
    expect(conflict.details).toEqual({ stream, expected: 'no_stream', actual: 0n });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it("expectedRevision 'stream_exists' refuses a new stream and accepts an existing one", async () => {
    const { store } = await open();
    const tenant = newTenant();
    const stream = dealStream(tenant, 'deal-4');
    const conflict = await rejection(store.append(stream, [fteDealProposed(tenant, 'deal-4', 250)], { expectedRevision: 'stream_exists' }));
    expect(conflict.code).toBe('WRONG_EXPECTED_REVISION');
    expect(conflict.details).toEqual({ stream, expected: 'stream_exists', actual: 'no_stream' });
    expect((await rejection(store.readStream(stream))).code).toBe('STREAM_NOT_FOUND');

    await store.append(stream, [fteDealProposed(tenant, 'deal-4', 250)]);
    const result = await store.append(stream, [fteDealApproved(tenant, 'deal-4')], { expectedRevision: 'stream_exists' });
    expect(result.nextExpectedRevision).toBe(1n);
  });

  it('an exact expectedRevision must equal the current revision; the conflict carries expected and actual', async () => {
    const { store } = await open();
    const tenant = newTenant();
    const stream = dealStream(tenant, 'deal-5');
    const missing = await rejection(store.append(stream, [fteDealProposed(tenant, 'deal-5', 100)], { expectedRevision: 0n }));
    expect(missing.details).toEqual({ stream, expected: 0n, actual: 'no_stream' });

    await store.append(stream, [fteDealProposed(tenant, 'deal-5', 100)], { expectedRevision: 'no_stream' });
    await store.append(stream, [fteDealProposed(tenant, 'deal-5', 200)], { expectedRevision: 0n });
    const third = await store.append(stream, [fteDealProposed(tenant, 'deal-5', 300)], { expectedRevision: 1n });
    expect(third.nextExpectedRevision).toBe(2n);

    const stale = await rejection(store.append(stream, [fteDealApproved(tenant, 'deal-5')], { expectedRevision: 0n }));
    expect(stale.code).toBe('WRONG_EXPECTED_REVISION');
    expect(stale.details).toEqual({ stream, expected: 0n, actual: 2n });
    const ahead = await rejection(store.append(stream, [fteDealApproved(tenant, 'deal-5')], { expectedRevision: 7n }));
    expect(ahead.details).toEqual({ stream, expected: 7n, actual: 2n });
    expect(revisions(await store.readStream(stream))).toEqual([0n, 1n, 2n]);
  });

  it("expectedRevision 'any' (the default) appends whether or not the stream exists", async () => {
    const { store } = await open();
    const tenant = newTenant();
    const stream = dealStream(tenant, 'deal-6');
    expect((await store.append(stream, [fteDealProposed(tenant, 'deal-6', 100)], { expectedRevision: 'any' })).nextExpectedRevision).toBe(0n);
    expect((await store.append(stream, [fteDealApproved(tenant, 'deal-6')])).nextExpectedRevision).toBe(1n);
  });

  it('refuses malformed events with INVALID_EVENT and writes nothing', async () => {
    const { store } = await open();
    const tenant = newTenant();
    const stream = dealStream(tenant, 'deal-7');
    const good = fteDealProposed(tenant, 'deal-7', 100);
    const other = fteDealProposed(tenant, 'deal-7', 200);
    const cases = [
      [{ ...other, eventId: 'not-a-uuid' }, /not a UUID/],
      [{ ...other, type: '' }, /no type/],
      [{ ...other, metadata: { ...other.metadata, tenantId: newTenant('other') } }, /does not match stream/],
      [{ ...other, metadata: { ...other.metadata, hash: 'f'.repeat(64) } }, /set by the store/],
      [{ ...other, data: { ...other.data, amendedOn: new Date('2025-03-01') } }, /Date object/],
      [{ ...other, eventId: good.eventId }, /appears twice/],
    ] as const;
    for (const [event, message] of cases) {
      const error = await rejection(store.append(stream, [good, event]));
      expect(error.code).toBe('INVALID_EVENT');
      expect(error.message).toMatch(message);
    }
    expect((await rejection(store.readStream(stream))).code).toBe('STREAM_NOT_FOUND');
  });
};
