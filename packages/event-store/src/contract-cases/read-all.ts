import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../event-store';
import {
  collect,
  dealStream,
  expectStrictlyIncreasing,
  fteDealApproved,
  fteDealProposed,
  ids,
  metadata,
  newTenant,
  postCreated,
  postStream,
  type ContractContext,
} from './fixtures';

export const readAllCases = ({ open, options }: ContractContext) => {
  it('reads the global log in order, from a position (exclusive) to a position (inclusive)', async () => {
    const { store } = await open();
    const tenant = newTenant();
    const a = [fteDealProposed(tenant, 'd1', 100)];
    const b = [postCreated(tenant, 'p1', 'PO3'), postCreated(tenant, 'p1', 'PO4')];
    const c = [fteDealApproved(tenant, 'd1')];
    await store.append(dealStream(tenant, 'd1'), a);
    const afterB = await store.append(postStream(tenant, 'p1'), b);
    await store.append(dealStream(tenant, 'd1'), c);

    const all = await collect(store.readAll({ filter: { tenantId: tenant } }));
    expect(ids(all)).toEqual([...a, ...b, ...c].map((e) => e.eventId));
    expectStrictlyIncreasing(all);
    if (options.contiguousPositions) {
      expect(all.map((e) => e.position.commit - all[0].position.commit)).toEqual([0n, 1n, 2n, 3n]);
      expect(all.every((e) => e.position.prepare === e.position.commit)).toBe(true);
    }
    expect(ids(await collect(store.readAll({ from: all[0].position, filter: { tenantId: tenant } })))).toEqual(ids(all.slice(1)));
    expect(ids(await collect(store.readAll({ from: all[0].position, to: afterB.position, filter: { tenantId: tenant } })))).toEqual(ids(all.slice(1, 3)));
    expect(ids(await collect(store.readAll({ from: 'start', to: all[0].position, filter: { tenantId: tenant } })))).toEqual(ids(all.slice(0, 1)));
    expect(ids(await collect(store.readAll({ filter: { tenantId: tenant }, maxCount: 2 })))).toEqual(ids(all.slice(0, 2)));
    if (!options.sharedStore) expect(await store.headPosition()).toEqual(all[3].position);
  });

  it('filters by category, event type and tenant, alone and combined', async () => {
    const { store } = await open();
    const tenantA = newTenant('acme');
    const tenantB = newTenant('brightwell');
    await store.append(dealStream(tenantA, 'd1'), [fteDealProposed(tenantA, 'd1', 300), fteDealApproved(tenantA, 'd1')]);
    await store.append(dealStream(tenantB, 'd1'), [fteDealProposed(tenantB, 'd1', 900)]);
    await store.append(postStream(tenantA, 'p1'), [postCreated(tenantA, 'p1', 'PO5')]);
    await store.append(postStream(tenantB, 'p9'), [postCreated(tenantB, 'p9', 'SO1')]);

    const read = async (filter: { categories?: string[]; eventTypes?: string[] }, tenantId = tenantA) =>
      (await collect(store.readAll({ filter: { tenantId, ...filter } }))).map((e) => `${e.streamName}/${e.type}`);

    expect(await read({})).toEqual([`fteDeal-${tenantA}_d1/FteDealProposed`, `fteDeal-${tenantA}_d1/FteDealApproved`, `post-${tenantA}_p1/PostCreated`]);
    expect(await read({ categories: ['post'] })).toEqual([`post-${tenantA}_p1/PostCreated`]);
    expect(await read({ eventTypes: ['FteDealProposed'] })).toEqual([`fteDeal-${tenantA}_d1/FteDealProposed`]);
    expect(await read({ categories: ['fteDeal'], eventTypes: ['FteDealApproved', 'PostCreated'] })).toEqual([`fteDeal-${tenantA}_d1/FteDealApproved`]);
    expect(await read({ categories: ['fteDeal', 'post'] }, tenantB)).toEqual([`fteDeal-${tenantB}_d1/FteDealProposed`, `post-${tenantB}_p9/PostCreated`]);
    // without a tenant filter both tenants' events come back, in global order
    const byType = await collect(store.readAll({ filter: { eventTypes: ['PostCreated'] } }));
    expect(byType.filter((e) => [tenantA, tenantB].includes(e.metadata.tenantId)).map((e) => e.metadata.tenantId)).toEqual([tenantA, tenantB]);
  });

  it('reads past its internal batch size without losing, repeating or leaking events across tenants', async () => {
    const { store } = await open();
    const tenantA = newTenant('acme');
    const tenantB = newTenant('brightwell');
    const event = (tenantId: string, i: number): NewEvent => ({
      eventId: randomUUID(),
      type: 'ActivityRecorded',
      data: { postId: `post-${i % 37}`, activity: 'contract monitoring', shareThousandths: (i * 7) % 1000 },
      metadata: metadata(tenantId),
    });
    const expectedA: string[] = [];
    for (let chunk = 0; chunk < 24; chunk += 1) {
      const forA = Array.from({ length: 100 }, (_, i) => event(tenantA, chunk * 100 + i));
      expectedA.push(...forA.map((e) => e.eventId));
      await store.append(`activity-${tenantA}_c${chunk}`, forA);
      await store.append(`activity-${tenantB}_c${chunk}`, [event(tenantB, chunk)]);
    }
    const readA = await collect(store.readAll({ filter: { tenantId: tenantA } }));
    expect(readA).toHaveLength(2400);
    expect(ids(readA)).toEqual(expectedA);
    expect(readA.some((e) => e.metadata.tenantId !== tenantA || e.streamName.includes(tenantB))).toBe(false);
    expectStrictlyIncreasing(readA);
    const tail = await collect(store.readAll({ from: readA[1499].position, filter: { tenantId: tenantA }, maxCount: 1200 }));
    expect(ids(tail)).toEqual(expectedA.slice(1500, 2400));
  });

  it('reports the head position: none on an empty store, then the last appended event', async () => {
    const { store } = await open();
    if (!options.sharedStore) expect(await store.headPosition()).toBeNull();
    const tenant = newTenant();
    await store.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 100)]);
    const last = await store.append(dealStream(tenant, 'd2'), [fteDealProposed(tenant, 'd2', 200)]);
    const head = await store.headPosition();
    expect(head).not.toBeNull();
    if (options.sharedStore) expect(head!.commit >= last.position.commit).toBe(true);
    else expect(head).toEqual(last.position);
  });
};
