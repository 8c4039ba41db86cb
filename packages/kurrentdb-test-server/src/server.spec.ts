// The test server driven by the real client over real gRPC: what the adapter relies on.
import { credentials } from '@grpc/grpc-js';
import {
  BACKWARDS,
  END,
  KurrentDBClient,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  WrongExpectedVersionError,
  StreamNotFoundError,
  eventTypeFilter,
  jsonEvent,
  streamNameFilter,
  type Position,
} from '@kurrent/kurrentdb-client';
import { GossipClient } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/gossip_grpc_pb';
import { MemberInfo, type ClusterInfo } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/gossip_pb';
import { Empty } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import { startTestServer, type TestServer } from './server';

jest.setTimeout(20_000);

const event = (type: string, n: number) => jsonEvent({ type, data: { n }, metadata: { by: 'test' } });

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

const refusal = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

let server: TestServer;
let client: KurrentDBClient;
const open = async (batchAppend = true) => {
  server = await startTestServer({ port: 0, batchAppend });
  client = KurrentDBClient.connectionString(server.url);
};
afterEach(async () => {
  await client.dispose();
  await server.stop();
});

describe.each([
  ['BatchAppend', true],
  ['Append', false],
])('appends through %s', (path, batchAppend) => {
  beforeEach(() => open(batchAppend));

  it('takes the path the server advertises and assigns revisions and growing positions', async () => {
    const first = await client.appendToStream('order-a', [event('Placed', 1), event('Paid', 2)], { streamState: NO_STREAM });
    const second = await client.appendToStream('order-a', [event('Shipped', 3)], { streamState: 1n });
    expect(first.nextExpectedRevision).toBe(1n);
    expect(second.nextExpectedRevision).toBe(2n);
    expect(second.position!.commit > first.position!.commit).toBe(true);
    // BatchAppend keeps one bidi call open for every append; Append makes one call per append
    expect(server.calls[path === 'BatchAppend' ? 'batchAppend' : 'append']).toBe(path === 'BatchAppend' ? 1 : 2);
    expect(server.calls[path === 'BatchAppend' ? 'append' : 'batchAppend']).toBe(0);
  });

  it('answers a wrong expected revision with its expected and actual state', async () => {
    await client.appendToStream('order-b', [event('Placed', 1), event('Paid', 2)]);
    const stale = await refusal(client.appendToStream('order-b', [event('Paid', 3)], { streamState: 0n }));
    expect(stale).toBeInstanceOf(WrongExpectedVersionError);
    expect(stale).toMatchObject({ expectedState: 0n, actualState: 1n });
    expect(await refusal(client.appendToStream('order-b', [event('Paid', 3)], { streamState: NO_STREAM }))).toMatchObject({
      expectedState: 'no_stream',
      actualState: 1n,
    });
    expect(await refusal(client.appendToStream('order-new', [event('Paid', 3)], { streamState: STREAM_EXISTS }))).toMatchObject({
      expectedState: 'stream_exists',
      actualState: 'no_stream',
    });
  });

  it('accepts a repeat of the same event ids without writing them twice, and refuses a partial repeat', async () => {
    const batch = [event('Placed', 1), event('Paid', 2)];
    const first = await client.appendToStream('order-c', batch, { streamState: NO_STREAM });
    expect(await client.appendToStream('order-c', batch, { streamState: NO_STREAM })).toEqual(first);
    expect(await client.appendToStream('order-c', batch)).toEqual(first);
    expect(await refusal(client.appendToStream('order-c', [batch[1], event('Extra', 3)]))).toBeInstanceOf(WrongExpectedVersionError);
    expect((await collect(client.readStream('order-c'))).map((e) => e.event!.id)).toEqual(batch.map((e) => e.id));
  });
});

describe('reads', () => {
  beforeEach(() => open());

  it('reads a stream forwards and backwards from start, end or a revision, with counts', async () => {
    await client.appendToStream(
      'order-d',
      [1, 2, 3, 4].map((n) => event('Step', n)),
    );
    const revisions = async (options: Parameters<KurrentDBClient['readStream']>[1]) =>
      (await collect(client.readStream('order-d', options))).map((e) => e.event!.revision);
    expect(await revisions({})).toEqual([0n, 1n, 2n, 3n]);
    expect(await revisions({ fromRevision: 2n })).toEqual([2n, 3n]);
    expect(await revisions({ direction: BACKWARDS, fromRevision: END, maxCount: 2 })).toEqual([3n, 2n]);
    expect(await revisions({ direction: BACKWARDS, fromRevision: 1n })).toEqual([1n, 0n]);
    const [first] = await collect(client.readStream('order-d', { maxCount: 1 }));
    expect(first.event).toMatchObject({ type: 'Step', data: { n: 1 }, metadata: { by: 'test' }, isJson: true });
    expect(await refusal(collect(client.readStream('order-missing')))).toBeInstanceOf(StreamNotFoundError);
  });

  it('reads $all forwards (a position included) and backwards (a position excluded), filtered by stream or type', async () => {
    await client.appendToStream('order-e', [event('Placed', 1), event('Paid', 2)]);
    await client.appendToStream('invoice-e', [event('Raised', 3)]);
    await client.appendToStream('order-f', [event('Placed', 4)]);
    const all = (await collect(client.readAll())).map((e) => e.event!);
    expect(all.map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
    const at = all[1].position!;
    const from = async (fromPosition: Position, direction = 'forwards' as 'forwards' | 'backwards') =>
      (await collect(client.readAll({ fromPosition, direction }))).map((e) => (e.event!.data as { n: number }).n);
    expect(await from(at)).toEqual([2, 3, 4]);
    expect(await from(at, BACKWARDS)).toEqual([1]);
    expect((await collect(client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })))[0].event!.position).toEqual(all[3].position);
    const streams = await collect(client.readAll({ fromPosition: START, filter: streamNameFilter({ prefixes: ['invoice-'] }) }));
    expect(streams.map((e) => e.event!.streamId)).toEqual(['invoice-e']);
    const types = await collect(client.readAll({ filter: eventTypeFilter({ regex: '^Placed$' }), maxCount: 1 }));
    expect(types.map((e) => e.event!.streamId)).toEqual(['order-e']);
  });
});

describe('subscriptions', () => {
  beforeEach(() => open());

  it('catches up after a position (exclusive), goes live, and reports checkpoints on a filtered $all', async () => {
    for (let n = 1; n <= 6; n += 1) await client.appendToStream(n % 2 ? 'order-g' : 'noise-g', [event(n % 2 ? 'Placed' : 'Noise', n)]);
    const [first] = await collect(client.readAll({ maxCount: 1 }));
    const checkpoints: Position[] = [];
    const subscription = client.subscribeToAll({
      fromPosition: first.event!.position!,
      filter: eventTypeFilter({ prefixes: ['Placed'], maxSearchWindow: 2, checkpointInterval: 1, checkpointReached: (_s, p) => void checkpoints.push(p) }),
    });
    const seen: number[] = [];
    for await (const resolved of subscription) {
      seen.push((resolved.event!.data as { n: number }).n);
      if (seen.length === 2) await client.appendToStream('order-g', [event('Placed', 7)]);
      if (seen.length === 3) break;
    }
    await subscription.unsubscribe();
    expect(seen).toEqual([3, 5, 7]);
    expect(checkpoints.length).toBeGreaterThanOrEqual(2);
    expect(checkpoints[0].commit > first.event!.position!.commit).toBe(true);
  });

  it('subscribes to one stream after a revision (exclusive), then live', async () => {
    await client.appendToStream(
      'order-h',
      [1, 2, 3].map((n) => event('Step', n)),
    );
    const subscription = client.subscribeToStream('order-h', { fromRevision: 1n });
    const seen: bigint[] = [];
    for await (const resolved of subscription) {
      seen.push(resolved.event!.revision);
      if (seen.length === 1) await client.appendToStream('order-h', [event('Step', 4)]);
      if (seen.length === 2) break;
    }
    await subscription.unsubscribe();
    expect(seen).toEqual([2n, 3n]);
  });
});

describe('cluster discovery', () => {
  beforeEach(() => open());

  it('gossips a three-member view with one leader, which discovery and multi-host strings choose', async () => {
    const gossip = new GossipClient(`127.0.0.1:${server.port}`, credentials.createInsecure());
    const info = await new Promise<ClusterInfo>((resolve, reject) => gossip.read(new Empty(), (e, r) => (e ? reject(e) : resolve(r))));
    gossip.close();
    const members = info.getMembersList();
    expect(members).toHaveLength(3);
    expect(members.filter((m) => m.getState() === MemberInfo.VNodeState.LEADER).map((m) => m.getHttpEndPoint()!.getPort())).toEqual([server.port]);

    const discovered = KurrentDBClient.connectionString(server.discoverUrl);
    await discovered.appendToStream('order-i', [event('Placed', 1)]);
    await discovered.dispose();
    const multi = KurrentDBClient.connectionString(`kurrentdb://127.0.0.1:${server.port},127.0.0.1:${server.port}?tls=false`);
    expect((await collect(multi.readStream('order-i'))).map((e) => e.event!.type)).toEqual(['Placed']);
    await multi.dispose();
    expect(server.calls.gossip).toBeGreaterThanOrEqual(2);
  });
});
