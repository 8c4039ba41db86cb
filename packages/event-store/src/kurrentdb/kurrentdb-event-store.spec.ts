// KurrentDB adapter behaviour beyond the shared contract, through the real client and test server.
import { KurrentDBClient, jsonEvent } from '@kurrent/kurrentdb-client';
import { startTestServer, type TestServer } from '@orgledger/kurrentdb-test-server';
import { collect, dealStream, fteDealApproved, fteDealProposed, newTenant } from '../contract-cases/fixtures';
import type { EventStore } from '../event-store';
import { verifyChains } from '../verify';
import { openKurrentDbEventStore } from './kurrentdb-event-store';

jest.setTimeout(20_000);

let server: TestServer;
let store: EventStore;
beforeEach(async () => {
  server = await startTestServer({ port: 0 });
  store = openKurrentDbEventStore({ connectionString: server.url });
});
afterEach(async () => {
  await store.close();
  await server.stop();
});

it('stores the chain links in event metadata and verifyChains names an event edited inside the server', async () => {
  const tenant = newTenant();
  const target = [fteDealProposed(tenant, 'd1', 100), fteDealApproved(tenant, 'd1')];
  await store.append(dealStream(tenant, 'd1'), target);
  const raw = JSON.parse(Buffer.from(server.log.events[1].customMetadata).toString('utf8')) as Record<string, unknown>;
  expect(raw).toMatchObject({ tenantId: tenant, prevHash: expect.stringMatching(/^[0-9a-f]{64}$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(await verifyChains(store, { tenantId: tenant })).toEqual({ ok: true, streams: 1, events: 2 });

  // an operator with access to the server's storage rewrites the approval's data
  server.log.events[1].data = Buffer.from(JSON.stringify({ dealId: 'd1', approvedBy: 'someone-else', approvedOn: '2025-03-20' }));
  const result = await verifyChains(store, { tenantId: tenant });
  expect(result.ok).toBe(false);
  expect(result.firstBroken).toMatchObject({ streamName: dealStream(tenant, 'd1'), revision: '1', eventId: target[1].eventId });
});

it('ignores events this port did not write (no chain fields, other naming) in reads and head position', async () => {
  const tenant = newTenant();
  await store.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 100)]);
  const head = await store.headPosition();
  const foreign = KurrentDBClient.connectionString(server.url);
  await foreign.appendToStream('$stats-node', [jsonEvent({ type: '$statsCollected', data: {} })]);
  await foreign.appendToStream(dealStream(tenant, 'd9'), [jsonEvent({ type: 'FteDealProposed', data: {}, metadata: { tenantId: tenant } })]);
  await foreign.dispose();
  expect((await collect(store.readAll())).map((e) => e.streamName)).toEqual([dealStream(tenant, 'd1')]);
  expect(await store.headPosition()).toEqual(head);
});

it('connects through cluster discovery (gossip picks the leader) with a kurrentdb+discover:// string', async () => {
  const discovered = openKurrentDbEventStore({ connectionString: server.discoverUrl });
  const tenant = newTenant();
  await discovered.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 100)], { expectedRevision: 'no_stream' });
  expect(await store.readStream(dealStream(tenant, 'd1'))).toHaveLength(1);
  expect(server.calls.gossip).toBeGreaterThanOrEqual(1);
  await discovered.close();
});

it('keeps one recordedAt per event on the read path and the subscription path', async () => {
  const tenant = newTenant();
  await store.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 100)]);
  const seen: string[] = [];
  const sub = store.subscribe({ from: 'start', filter: { tenantId: tenant } }, (e) => void seen.push(e.recordedAt));
  await sub.caughtUp();
  await sub.stop();
  expect(seen).toEqual([(await store.readStream(dealStream(tenant, 'd1')))[0].recordedAt]);
});

it('resubscribes after the connection drops and carries on after the last event it handled', async () => {
  const tenant = newTenant();
  await store.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 100)]);
  const seen: string[] = [];
  const errors: unknown[] = [];
  const watcher = openKurrentDbEventStore({ connectionString: server.url, onSubscriptionError: (e) => void errors.push(e) });
  const sub = watcher.subscribe({ from: 'start', filter: { tenantId: tenant } }, (e) => void seen.push(e.eventId));
  await sub.caughtUp();
  // the node restarts with the same history
  await server.stop();
  server = await startTestServer({ port: server.port, log: server.log });
  const approved = fteDealApproved(tenant, 'd1');
  await store.append(dealStream(tenant, 'd1'), [approved], { expectedRevision: 0n });
  const deadline = Date.now() + 10_000;
  while (seen.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(seen).toHaveLength(2);
  expect(seen[1]).toBe(approved.eventId);
  expect(errors.length).toBeGreaterThanOrEqual(1);
  await sub.stop();
  await watcher.close();
});
