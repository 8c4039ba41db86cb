// The event-store port. Adapters: sqlite/ (embedded default) and, later, kurrentdb/.
// Positions are opaque to callers but totally ordered: compare them with comparePositions.

// `invitedBy`: who created or invited the account, kept with each of its decisions.
export type Actor = { userId: string; role: string; displayName: string; invitedBy?: { userId: string; displayName: string } | null };

export type EventMetadata = {
  tenantId: string;
  authorityId?: string;
  actor: Actor;
  reason?: string;
  correlationId: string;
  causationId: string;
  occurredAt: string; // UTC ISO instant
  schemaVersion?: number; // absent = 1
  [key: string]: unknown;
};

export type NewEvent = {
  eventId: string; // UUID; re-appending the same id is idempotent
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  // Only when copying history from another store (orgledger migrate): the original recording
  // instant and hash version, so that the copy keeps the original hash. Otherwise the store sets both.
  copied?: { recordedAt: string; hashVersion: number };
};

export type Position = { readonly commit: bigint; readonly prepare: bigint };

export type RecordedEvent = NewEvent & {
  streamName: string;
  revision: bigint; // 0-based within the stream
  position: Position; // global order
  recordedAt: string; // UTC ISO instant set by the store
  prevHash: string; // hex SHA-256; GENESIS_HASH for revision 0
  hash: string;
  hashVersion?: number; // 2: the hash covers recordedAt; absent: version 1 (older events)
};

export type ExpectedRevision = 'no_stream' | 'any' | 'stream_exists' | bigint;

export type AppendResult = { nextExpectedRevision: bigint; position: Position };

export type ReadStreamOptions = {
  direction?: 'forwards' | 'backwards';
  fromRevision?: bigint | 'start' | 'end';
  maxCount?: number;
};

export type AllFilter = {
  tenantId?: string;
  categories?: string[]; // stream category = text before the first '-'
  eventTypes?: string[];
};

export type ReadAllOptions = {
  from?: Position | 'start'; // exclusive when a Position
  to?: Position; // inclusive upper bound (as-of reads)
  maxCount?: number;
  filter?: AllFilter;
};

export type SubscribeOptions = {
  from?: Position | 'start'; // exclusive when a Position (a stored checkpoint)
  filter?: AllFilter;
};

export type Subscription = {
  // resolves once the subscription has delivered everything up to the head at the time of the call
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
};

export type EventStore = {
  append(stream: string, events: NewEvent[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult>;
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>; // throws STREAM_NOT_FOUND
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>; // forwards in global order, batched inside
  headPosition(): Promise<Position | null>;
  subscribe(options: SubscribeOptions, onEvent: (event: RecordedEvent) => Promise<void> | void): Subscription;
  close(): Promise<void>;
};

export type EventStoreErrorCode = 'WRONG_EXPECTED_REVISION' | 'STREAM_NOT_FOUND' | 'EVENT_TOO_LARGE' | 'INVALID_EVENT';

export class EventStoreError extends Error {
  constructor(
    readonly code: EventStoreErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'EventStoreError';
  }
}

export const wrongExpectedRevision = (stream: string, expected: ExpectedRevision, actual: bigint | 'no_stream') =>
  new EventStoreError('WRONG_EXPECTED_REVISION', `Stream ${stream} is at ${String(actual)}, expected ${String(expected)}`, {
    stream,
    expected,
    actual,
  });

export const comparePositions = (a: Position, b: Position): -1 | 0 | 1 =>
  a.commit < b.commit ? -1 : a.commit > b.commit ? 1 : a.prepare < b.prepare ? -1 : a.prepare > b.prepare ? 1 : 0;

// Checkpoints are stored as text: "commit:prepare".
export const positionToString = (p: Position) => `${p.commit}:${p.prepare}`;
export const positionFromString = (s: string): Position => {
  const m = /^(\d+):(\d+)$/.exec(s);
  if (!m) throw new EventStoreError('INVALID_EVENT', `Not a position: ${s}`);
  return { commit: BigInt(m[1]), prepare: BigInt(m[2]) };
};

// Stream names: <category>-<tenantId>_<id>. KurrentDB splits the category at the first '-'.
export const streamName = (category: string, tenantId: string, id: string) => {
  if (!/^[a-z][A-Za-z0-9]*$/.test(category)) throw new EventStoreError('INVALID_EVENT', `Bad category: ${category}`);
  if (!/^[A-Za-z0-9-]+$/.test(tenantId) || tenantId.includes('_')) throw new EventStoreError('INVALID_EVENT', `Bad tenant id: ${tenantId}`);
  return `${category}-${tenantId}_${id}`;
};
export const categoryOf = (stream: string) => stream.slice(0, stream.indexOf('-') < 0 ? stream.length : stream.indexOf('-'));
