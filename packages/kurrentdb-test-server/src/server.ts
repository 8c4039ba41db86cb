// An in-process server that speaks KurrentDB's gRPC protocol well enough for the real client:
// ServerFeatures, Gossip, Streams.Read/Append/BatchAppend. Storage is in memory.
import { randomUUID } from 'node:crypto';
import type { Server as NetServer, Socket } from 'node:net';
import { Server, ServerCredentials, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { GossipService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/gossip_grpc_pb';
import { ClusterInfo, EndPoint, MemberInfo } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/gossip_pb';
import { ServerFeaturesService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_pb';
import type { Empty } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import { StreamsService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_grpc_pb';
import { appendHandler, batchAppendHandler } from './append';
import { createEventLog, type EventLog } from './log';
import { readHandler } from './read';
import { makeUuid } from './wire';

export type TestServerOptions = {
  port?: number; // 0 (default) picks a free port
  host?: string; // default 127.0.0.1
  // Advertise Streams.BatchAppend (default true), which makes the client append through it, as it
  // does against every production server; false makes it fall back to client-streaming Append.
  batchAppend?: boolean;
  // Storage to serve; pass a stopped server's log to a new server on the same port to play a node
  // restart (clients see the connection drop, then the same history).
  log?: EventLog;
};

export type TestServer = {
  url: string; // kurrentdb://host:port?tls=false
  discoverUrl: string; // kurrentdb+discover://…: the client reads gossip first, then goes to the leader
  port: number;
  log: EventLog;
  calls: Record<'read' | 'append' | 'batchAppend' | 'gossip' | 'features', number>; // RPCs received, for tests
  stop(): Promise<void>;
};

export const SERVER_VERSION = '24.10.0';

const supportedMethods = (batchAppend: boolean): SupportedMethods => {
  const method = (service: string, name: string) => new SupportedMethod().setServiceName(service).setMethodName(name);
  const methods = [
    method('event_store.client.server_features.serverfeatures', 'getsupportedmethods'),
    method('event_store.client.gossip.gossip', 'read'),
    method('event_store.client.streams.streams', 'read'),
    method('event_store.client.streams.streams', 'append'),
    ...(batchAppend ? [method('event_store.client.streams.streams', 'batchappend')] : []),
  ];
  return new SupportedMethods().setMethodsList(methods).setEventStoreServerVersion(SERVER_VERSION);
};

// Three members, one leader (this server). The followers are advertised at addresses that never
// resolve (RFC 6761 .invalid), so a client that did not pick the leader would fail loudly.
const clusterInfo = (host: string, port: number): ClusterInfo => {
  const member = (state: MemberInfo.VNodeState, address: string, memberPort: number) =>
    new MemberInfo()
      .setInstanceId(makeUuid(randomUUID(), false))
      .setTimeStamp((BigInt(Date.now()) * 10_000n).toString())
      .setState(state)
      .setIsAlive(true)
      .setHttpEndPoint(new EndPoint().setAddress(address).setPort(memberPort));
  return new ClusterInfo().setMembersList([
    member(MemberInfo.VNodeState.FOLLOWER, 'follower-1.invalid', 2113),
    member(MemberInfo.VNodeState.LEADER, host, port),
    member(MemberInfo.VNodeState.FOLLOWER, 'follower-2.invalid', 2113),
  ]);
};

export const startTestServer = async (options: TestServerOptions = {}): Promise<TestServer> => {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? createEventLog();
  const server = new Server();
  const calls: TestServer['calls'] = { read: 0, append: 0, batchAppend: 0, gossip: 0, features: 0 };
  const counted =
    <A extends unknown[]>(name: keyof TestServer['calls'], handler: (...args: A) => void) =>
    (...args: A) => {
      calls[name] += 1;
      handler(...args);
    };
  let port = 0;
  server.addService(ServerFeaturesService, {
    getSupportedMethods: counted('features', (_call: ServerUnaryCall<Empty, SupportedMethods>, callback: sendUnaryData<SupportedMethods>) =>
      callback(null, supportedMethods(options.batchAppend ?? true)),
    ),
  });
  server.addService(GossipService, {
    read: counted('gossip', (_call: ServerUnaryCall<Empty, ClusterInfo>, callback: sendUnaryData<ClusterInfo>) => callback(null, clusterInfo(host, port))),
  });
  // Delete and Tombstone are not registered: the EventStore port never deletes (grpc-js answers UNIMPLEMENTED)
  server.addService(StreamsService, {
    read: counted('read', readHandler(log)),
    append: counted('append', appendHandler(log)),
    batchAppend: counted('batchAppend', batchAppendHandler(log)),
  });
  port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host}:${options.port ?? 0}`, ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  // grpc-js leaves Nagle on for server sockets: a reply's HEADERS, DATA and trailers then wait on
  // the client's delayed ACK, ~15 ms per sequential read. A real server answers in well under 1 ms.
  const listeners = (server as unknown as { http2Servers?: Map<NetServer, unknown> }).http2Servers;
  for (const listener of listeners?.keys() ?? []) listener.on('connection', (socket: Socket) => socket.setNoDelay(true));
  return {
    url: `kurrentdb://${host}:${port}?tls=false`,
    discoverUrl: `kurrentdb+discover://${host}:${port}?tls=false`,
    port,
    log,
    calls,
    // subscriptions never end by themselves, so a graceful shutdown would wait forever
    stop: async () => server.forceShutdown(),
  };
};
