import type { RecordedEvent } from '../event-store';
import { collect, dealStream, delay, fteDealApproved, fteDealProposed, ids, newTenant, postCreated, postStream, type ContractContext } from './fixtures';

const waitUntil = async (condition: () => boolean, what: string, timeoutMs = 3000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(5);
  }
};

export const subscriptionCases = ({ open }: ContractContext) => {
  it('catches up from a checkpoint (exclusive), then delivers live appends in order, exactly once', async () => {
    const { store } = await open();
    const tenant = newTenant();
    for (const fte of [100, 200, 300, 400, 500]) await store.append(dealStream(tenant, `d${fte}`), [fteDealProposed(tenant, `d${fte}`, fte)]);
    const history = await collect(store.readAll({ filter: { tenantId: tenant } }));
    const received: RecordedEvent[] = [];
    const sub = store.subscribe({ from: history[1].position, filter: { tenantId: tenant } }, (e) => {
      received.push(e);
    });
    await sub.caughtUp();
    expect(ids(received)).toEqual(ids(history.slice(2)));

    const live = [fteDealApproved(tenant, 'd100'), postCreated(tenant, 'p1', 'PO3'), fteDealApproved(tenant, 'd200')];
    await store.append(dealStream(tenant, 'd100'), [live[0]]);
    await store.append(postStream(tenant, 'p1'), [live[1]]);
    await store.append(dealStream(tenant, 'd200'), [live[2]]);
    // delivered without anyone asking: woken by the append (or by polling), not by caughtUp()
    await waitUntil(() => received.length === 6, 'three live events');
    await sub.caughtUp();
    await sub.stop();
    expect(ids(received)).toEqual([...ids(history.slice(2)), ...live.map((e) => e.eventId)]);
    expect(received.map((e) => e.revision)).toEqual([0n, 0n, 0n, 1n, 0n, 1n]);
    expect(new Set(ids(received)).size).toBe(received.length);
  });

  it("never delivers another tenant's events, during catch-up or live", async () => {
    const { store } = await open();
    const tenantA = newTenant('acme');
    const tenantB = newTenant('brightwell');
    await store.append(dealStream(tenantB, 'd1'), [fteDealProposed(tenantB, 'd1', 100)]);
    await store.append(dealStream(tenantA, 'd1'), [fteDealProposed(tenantA, 'd1', 200)]);
    const received: RecordedEvent[] = [];
    const sub = store.subscribe({ from: 'start', filter: { tenantId: tenantA } }, (e) => {
      received.push(e);
    });
    await sub.caughtUp();
    await Promise.all([
      store.append(dealStream(tenantB, 'd1'), [fteDealApproved(tenantB, 'd1')]),
      store.append(dealStream(tenantA, 'd1'), [fteDealApproved(tenantA, 'd1')]),
      store.append(postStream(tenantB, 'p1'), [postCreated(tenantB, 'p1', 'SO2')]),
    ]);
    await sub.caughtUp();
    await sub.stop();
    const expected = await collect(store.readAll({ filter: { tenantId: tenantA } }));
    expect(ids(received)).toEqual(ids(expected));
    expect(received.map((e) => e.type)).toEqual(['FteDealProposed', 'FteDealApproved']);
    expect(received.every((e) => e.metadata.tenantId === tenantA)).toBe(true);
  });

  it('awaits the handler one event at a time, and stop() resolves only once no handler is running', async () => {
    const { store } = await open();
    const tenant = newTenant();
    for (let i = 0; i < 4; i += 1) await store.append(dealStream(tenant, `d${i}`), [fteDealProposed(tenant, `d${i}`, 100 * i)]);
    let running = 0;
    let maxRunning = 0;
    const handled: string[] = [];
    const sub = store.subscribe({ from: 'start', filter: { tenantId: tenant } }, async (e) => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await delay(20);
      handled.push(e.eventId);
      running -= 1;
    });
    await sub.caughtUp();
    expect(maxRunning).toBe(1);
    expect(handled).toEqual(ids(await collect(store.readAll({ filter: { tenantId: tenant } }))));

    await store.append(dealStream(tenant, 'd9'), [fteDealProposed(tenant, 'd9', 900), fteDealApproved(tenant, 'd9')]);
    await waitUntil(() => running === 1, 'the handler to start on a live event');
    await sub.stop();
    expect(running).toBe(0);
    const handledAtStop = handled.length;
    await store.append(dealStream(tenant, 'd10'), [fteDealProposed(tenant, 'd10', 50)]);
    await delay(250);
    // the handler running when stop() was called finished; the event after it was never started
    expect(handled.length).toBe(handledAtStop);
    expect(handledAtStop).toBe(5);
  });

  it('caughtUp() resolves when the newest events are all filtered out, and for a checkpoint at the head', async () => {
    const { store } = await open();
    const tenant = newTenant();
    await store.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 100)]);
    await store.append(postStream(tenant, 'p1'), [postCreated(tenant, 'p1', 'PO1'), postCreated(tenant, 'p1', 'PO2')]);
    const deals: RecordedEvent[] = [];
    const sub = store.subscribe({ from: 'start', filter: { tenantId: tenant, categories: ['fteDeal'] } }, (e) => {
      deals.push(e);
    });
    await sub.caughtUp();
    expect(deals.map((e) => e.type)).toEqual(['FteDealProposed']);

    const head = (await store.headPosition())!;
    const fromHead: RecordedEvent[] = [];
    const atHead = store.subscribe({ from: head, filter: { tenantId: tenant } }, (e) => {
      fromHead.push(e);
    });
    await atHead.caughtUp();
    expect(fromHead).toEqual([]);
    const approved = fteDealApproved(tenant, 'd1');
    await store.append(dealStream(tenant, 'd1'), [approved]);
    await atHead.caughtUp();
    await sub.caughtUp();
    expect(ids(fromHead)).toEqual([approved.eventId]);
    expect(deals.map((e) => e.type)).toEqual(['FteDealProposed', 'FteDealApproved']);
    await Promise.all([sub.stop(), atHead.stop()]);
  });
};
