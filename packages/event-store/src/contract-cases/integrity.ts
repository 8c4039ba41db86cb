import { eventSizeBytes } from '../append-validation';
import type { RecordedEvent } from '../event-store';
import { GENESIS_HASH, HASH_VERSION, eventHash } from '../hash-chain';
import { verifyChains } from '../verify';
import { collect, dealStream, fteDealApproved, fteDealProposed, ids, newTenant, postCreated, postStream, rejection, type ContractContext } from './fixtures';

export const integrityCases = ({ open, options }: ContractContext) => {
  it('treats re-appending the same event ids as a no-op that returns the original result', async () => {
    const { store } = await open();
    const tenant = newTenant();
    const stream = dealStream(tenant, 'd1');
    const batch = [fteDealProposed(tenant, 'd1', 400), fteDealApproved(tenant, 'd1')];
    const first = await store.append(stream, batch, { expectedRevision: 'no_stream' });
    // a retry after a lost reply still carries its original expected revision
    const retry = await store.append(stream, batch, { expectedRevision: 'no_stream' });
    const retryAny = await store.append(stream, batch);
    expect(retry).toEqual(first);
    expect(retryAny).toEqual(first);
    expect(ids(await store.readStream(stream))).toEqual(batch.map((e) => e.eventId));
    expect(await collect(store.readAll({ filter: { tenantId: tenant } }))).toHaveLength(2);

    const mixed = await rejection(store.append(stream, [batch[1], postCreated(tenant, 'x', 'PO1')]));
    expect(mixed.code).toBe('INVALID_EVENT');
    expect(mixed.message).toContain(batch[1].eventId);
    if (options.idempotencyPerStreamOnly) {
      expect((await store.append(dealStream(tenant, 'd2'), batch)).nextExpectedRevision).toBe(1n);
    } else {
      const elsewhere = await rejection(store.append(dealStream(tenant, 'd2'), batch));
      expect(elsewhere.code).toBe('INVALID_EVENT');
      expect(elsewhere.message).toContain(stream);
      expect((await rejection(store.readStream(dealStream(tenant, 'd2')))).code).toBe('STREAM_NOT_FOUND');
    }
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('refuses an event over the configured size with EVENT_TOO_LARGE naming size and limit, writing nothing', async () => {
    const { store } = await open({ maxEventBytes: 4096 });
    const tenant = newTenant();
    const stream = dealStream(tenant, 'd-large');
    const small = fteDealProposed(tenant, 'd-large', 100);
    const large = fteDealProposed(tenant, 'd-large', 200);
    large.data = { ...large.data, note: 'Service redesign rationale. '.repeat(160) };
    const size = eventSizeBytes(large);
    expect(size).toBeGreaterThan(4096);

    const error = await rejection(store.append(stream, [small, large]));
    expect(error.code).toBe('EVENT_TOO_LARGE');
    expect(error.message).toContain(`${size} bytes`);
    expect(error.message).toContain('4096');
    expect(error.details).toMatchObject({ eventId: large.eventId, size, limit: 4096 });
    expect((await rejection(store.readStream(stream))).code).toBe('STREAM_NOT_FOUND');

    const justFits = fteDealProposed(tenant, 'd-large', 300);
    justFits.data = { ...justFits.data, note: 'x'.repeat(4096 - eventSizeBytes(justFits) + String(justFits.data.note).length) };
    expect(eventSizeBytes(justFits)).toBe(4096);
    await store.append(stream, [small, justFits]);
    expect(ids(await store.readStream(stream))).toEqual([small.eventId, justFits.eventId]);
  });

  it('keeps every event when the store is closed and opened again, and carries on from the same revisions', async () => {
    const harness = await open();
    // Every adapter is durable, so every harness must be able to reopen its store.
    if (!harness.reopen) throw new Error(`This harness gives no reopen(): a durable store must prove it keeps its events.`);
    const tenant = newTenant();
    const stream = dealStream(tenant, 'd1');
    await harness.store.append(stream, [fteDealProposed(tenant, 'd1', 700)], { expectedRevision: 'no_stream' });
    await harness.store.append(postStream(tenant, 'p1'), [postCreated(tenant, 'p1', 'PO6')]);
    const before = await collect(harness.store.readAll({ filter: { tenantId: tenant } }));

    const reopened = await harness.reopen();
    const after = await collect(reopened.readAll({ filter: { tenantId: tenant } }));
    expect(after).toEqual(before);
    expect(await reopened.headPosition()).toEqual(before[1].position);
    const stale = await rejection(reopened.append(stream, [fteDealApproved(tenant, 'd1')], { expectedRevision: 'no_stream' }));
    expect(stale.details).toMatchObject({ actual: 0n });
    const next = await reopened.append(stream, [fteDealApproved(tenant, 'd1')], { expectedRevision: 0n });
    expect(next.nextExpectedRevision).toBe(1n);
    expect(next.position.commit > before[1].position.commit).toBe(true);
    const stored = await reopened.readStream(stream);
    expect(stored[1].prevHash).toBe(stored[0].hash);
    expect(await verifyChains(reopened, { tenantId: tenant })).toEqual({ ok: true, streams: 2, events: 3 });
  });

  it('chains each stream with SHA-256 links that verifyChains accepts', async () => {
    const { store } = await open();
    const tenant = newTenant();
    const other = newTenant('brightwell');
    await store.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 100)]);
    await store.append(postStream(tenant, 'p1'), [postCreated(tenant, 'p1', 'PO2'), postCreated(tenant, 'p1', 'PO3')]);
    await store.append(dealStream(tenant, 'd1'), [fteDealApproved(tenant, 'd1')]);
    await store.append(dealStream(other, 'd1'), [fteDealProposed(other, 'd1', 100)]);

    const check = (events: RecordedEvent[]) =>
      events.forEach((e, i) => {
        expect(e.prevHash).toBe(i === 0 ? GENESIS_HASH : events[i - 1].hash);
        expect(e.hash).toBe(eventHash(e.prevHash, e));
      });
    check(await store.readStream(dealStream(tenant, 'd1')));
    check(await store.readStream(postStream(tenant, 'p1')));
    expect(await verifyChains(store, { tenantId: tenant })).toEqual({ ok: true, streams: 2, events: 4 });
    expect(await verifyChains(store, { tenantId: other })).toEqual({ ok: true, streams: 1, events: 1 });
    expect(await verifyChains(store, { tenantId: newTenant('nobody') })).toEqual({ ok: true, streams: 0, events: 0 });
  });

  it('writes hash version 2, whose hash covers recordedAt, and keeps the store fields out of metadata', async () => {
    const { store } = await open();
    const tenant = newTenant();
    const proposed = fteDealProposed(tenant, 'd1', 400);
    await store.append(dealStream(tenant, 'd1'), [proposed]);
    const [event] = await store.readStream(dealStream(tenant, 'd1'));
    expect(event.hashVersion).toBe(HASH_VERSION);
    expect(event.metadata).toEqual(proposed.metadata);
    expect(new Date(event.recordedAt).toISOString()).toBe(event.recordedAt);
    expect(eventHash(event.prevHash, event)).toBe(event.hash);
    // an event shown with another recording time no longer matches its hash
    expect(eventHash(event.prevHash, { ...event, recordedAt: '2020-01-01T00:00:00.000Z' })).not.toBe(event.hash);
    const [all] = await collect(store.readAll({ filter: { tenantId: tenant } }));
    expect(all.recordedAt).toBe(event.recordedAt);
    const forged = await rejection(
      store.append(dealStream(tenant, 'd2'), [
        { ...fteDealProposed(tenant, 'd2', 1), metadata: { ...proposed.metadata, recordedAt: '2020-01-01T00:00:00.000Z' } },
      ]),
    );
    expect(forged.message).toMatch(/metadata.recordedAt is set by the store/);
  });

  it('keeps the recording instant and hash version of a copied event, so the copy has the same hash', async () => {
    const { store } = await open();
    const tenant = newTenant();
    const [v1, v2] = [fteDealProposed(tenant, 'd1', 400), fteDealApproved(tenant, 'd1')];
    await store.append(dealStream(tenant, 'd1'), [
      { ...v1, copied: { recordedAt: '2025-03-14T09:30:01.000Z', hashVersion: 1 } },
      { ...v2, copied: { recordedAt: '2025-03-15T10:00:00.123Z', hashVersion: 2 } },
    ]);
    const [a, b] = await store.readStream(dealStream(tenant, 'd1'));
    expect(a.hashVersion).toBeUndefined();
    expect(b).toMatchObject({ hashVersion: 2, recordedAt: '2025-03-15T10:00:00.123Z' });
    // version 1 hashes exactly as before this change: without recordedAt
    expect(a.hash).toBe(eventHash(GENESIS_HASH, { ...a, hashVersion: undefined, recordedAt: undefined }));
    expect(b.hash).toBe(eventHash(a.hash, b));
    const bad = await rejection(
      store.append(dealStream(tenant, 'd3'), [{ ...fteDealProposed(tenant, 'd3', 1), copied: { recordedAt: 'yesterday', hashVersion: 2 } }]),
    );
    expect(bad.code).toBe('INVALID_EVENT');
  });
};
