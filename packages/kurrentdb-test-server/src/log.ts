// The server's storage: one in-memory transaction log ($all) plus a per-stream index.
// Semantics follow KurrentDB's write path; see SEMANTICS.md for the source of each rule.

export type StoredEvent = {
  streamName: string;
  revision: bigint;
  id: string; // lower-case UUID text
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
  created: bigint; // .NET ticks (100 ns) since the Unix epoch
  position: bigint; // commit === prepare: a byte offset into the log, so positions have gaps
};

export type Proposed = { id: string; type: string; contentType: string; data: Uint8Array; customMetadata: Uint8Array };

// `revision` is the exact value a client asked for; `no_stream` is -1 on the wire.
export type Expected = { kind: 'any' } | { kind: 'no_stream' } | { kind: 'stream_exists' } | { kind: 'revision'; revision: bigint };

export type AppendOutcome = { ok: true; currentRevision: bigint; position: bigint } | { ok: false; current: bigint | 'no_stream'; expected: Expected };

export type EventLog = {
  events: StoredEvent[]; // global order
  stream(name: string): StoredEvent[] | undefined;
  append(streamName: string, expected: Expected, proposed: Proposed[]): AppendOutcome;
  onAppend(listener: () => void): () => void;
};

// Size of the record header in the real log format is larger; only monotonic gaps matter here.
const RECORD_OVERHEAD = 96n;
// The client reads `created` as 100 ns ticks since the Unix epoch (convertGrpcEvent.js).
const nowTicks = () => BigInt(Date.now()) * 10_000n;
// A real log starts with its own records (epochs), so the first user event is never at 0.
const FIRST_POSITION = 1024n;

export const createEventLog = (): EventLog => {
  const events: StoredEvent[] = [];
  const streams = new Map<string, StoredEvent[]>();
  const listeners = new Set<() => void>();
  let nextPosition = FIRST_POSITION;

  const currentOf = (stream: StoredEvent[] | undefined): bigint | 'no_stream' =>
    stream && stream.length > 0 ? stream[stream.length - 1].revision : 'no_stream';

  // KurrentDB idempotency: the same ids at the revisions the request would have written are a
  // success that writes nothing; a partial match is "corrupted idempotency", answered as WEV.
  const idempotent = (stream: StoredEvent[], from: number, proposed: Proposed[]): 'yes' | 'no' | 'corrupt' => {
    let matched = 0;
    for (const [i, p] of proposed.entries()) {
      const existing = stream[from + i];
      if (!existing || existing.id !== p.id) break;
      matched += 1;
    }
    if (matched === proposed.length) return 'yes';
    return matched === 0 ? 'no' : 'corrupt';
  };

  const success = (stream: StoredEvent[], last: number): AppendOutcome => ({
    ok: true,
    currentRevision: stream[last].revision,
    position: stream[last].position,
  });

  const append = (streamName: string, expected: Expected, proposed: Proposed[]): AppendOutcome => {
    const stream = streams.get(streamName);
    const current = currentOf(stream);
    const refuse = (): AppendOutcome => ({ ok: false, current, expected });

    if (stream && stream.length > 0 && proposed.length > 0) {
      // where a retry of this request would have put its first event
      let from = -1;
      if (expected.kind === 'no_stream') from = 0;
      else if (expected.kind === 'revision' && expected.revision < (current as bigint)) from = Number(expected.revision) + 1;
      else if (expected.kind === 'any' || expected.kind === 'stream_exists') from = stream.findIndex((e) => e.id === proposed[0].id);
      if (from >= 0) {
        const check = idempotent(stream, from, proposed);
        if (check === 'yes') return success(stream, from + proposed.length - 1);
        if (check === 'corrupt') return refuse();
      }
    }

    if (expected.kind === 'no_stream' && current !== 'no_stream') return refuse();
    if (expected.kind === 'stream_exists' && current === 'no_stream') return refuse();
    if (expected.kind === 'revision' && current !== expected.revision) return refuse();
    if (proposed.length === 0) {
      // an empty append only checks the expected revision
      return current === 'no_stream' ? { ok: true, currentRevision: -1n, position: -1n } : success(stream!, stream!.length - 1);
    }

    const target = stream ?? [];
    if (!stream) streams.set(streamName, target);
    const created = nowTicks();
    let revision = current === 'no_stream' ? 0n : current + 1n;
    for (const p of proposed) {
      const event: StoredEvent = { streamName, revision, created, position: nextPosition, ...p };
      nextPosition += RECORD_OVERHEAD + BigInt(p.data.length + p.customMetadata.length + streamName.length);
      target.push(event);
      events.push(event);
      revision += 1n;
    }
    for (const listener of listeners) listener();
    return success(target, target.length - 1);
  };

  return {
    events,
    stream: (name) => streams.get(name),
    append,
    onAppend: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

// Index of the first event whose position is >= `position` (binary search over the global log).
export const indexAtOrAfter = (events: StoredEvent[], position: bigint): number => {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].position < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
