// Append with the hash chain: read the stream's head, link the new events to it, and write them
// with the head's exact revision so that two writers can never extend the same link.
import {
  CancelledError,
  DeadlineExceededError,
  NO_STREAM,
  UnavailableError,
  WrongExpectedVersionError,
  jsonEvent,
  type KurrentDBClient,
} from '@kurrent/kurrentdb-client';
import type { PreparedEvent } from '../append-validation';
import { EventStoreError, wrongExpectedRevision, type AppendResult, type ExpectedRevision, type RecordedEvent } from '../event-store';
import { GENESIS_HASH, HASH_VERSION, eventHashFromJson, storedMetadataJson } from '../hash-chain';
import type { KurrentReader } from './reads';

// How far back a retry of an append is recognised. KurrentDB itself only recognises a retry at
// the revision it was first written to, or (for `any`) from a cache of recent events.
const RETRY_WINDOW = 32;
// Attempts for 'any' and 'stream_exists' when other writers keep moving the head.
const MAX_ATTEMPTS = 20;

// Stream heads this process has read or written. A hit only saves the read before an append with an
// exact expected revision: the write still carries that revision, so a stale entry (another replica
// appended) is refused by the server and never forks the chain.
export type HeadCache = Map<string, { revision: bigint; hash: string }>;
const HEAD_CACHE_SIZE = 10_000;
const remember = (cache: HeadCache, stream: string, revision: bigint, hash: string) => {
  cache.delete(stream);
  cache.set(stream, { revision, hash });
  if (cache.size > HEAD_CACHE_SIZE) cache.delete(cache.keys().next().value!);
};

// A dropped connection or a leader change: retrying is safe because the event ids make the append
// idempotent, and the retry re-reads the tail, which recognises an append that did land.
const isTransient = (error: unknown) => error instanceof UnavailableError || error instanceof CancelledError || error instanceof DeadlineExceededError;
const TRANSIENT_ATTEMPTS = 5;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const isSatisfied = (expected: ExpectedRevision, head: bigint | undefined): boolean => {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return head === undefined;
  if (expected === 'stream_exists') return head !== undefined;
  return head === expected;
};

// The original result when these exact events are already the stream's latest, as KurrentDB and
// the SQLite adapter answer a retry; refused when only some of them are stored.
const priorAppend = (stream: string, tail: RecordedEvent[], events: PreparedEvent[]): AppendResult | null => {
  const stored = new Map(tail.map((e) => [e.eventId, e]));
  const known = events.filter((e) => stored.has(e.eventId)).map((e) => e.eventId);
  if (known.length === 0) return null;
  if (known.length < events.length) {
    throw new EventStoreError('INVALID_EVENT', `Append to ${stream} mixes already-stored event ids (${known.join(', ')}) with new ones`, {
      stream,
      eventIds: known,
    });
  }
  const found = events.map((e) => stored.get(e.eventId)!);
  if (found.some((f, i) => f.revision !== found[0].revision + BigInt(i))) {
    throw new EventStoreError('INVALID_EVENT', `Event ids of this append are stored in ${stream} but not at consecutive revisions in this order`, { stream });
  }
  const last = found[found.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position };
};

type Head = { revision: bigint; hash: string };

const write = async (client: KurrentDBClient, cache: HeadCache, stream: string, events: PreparedEvent[], head: Head | undefined): Promise<AppendResult> => {
  let prevHash = head?.hash ?? GENESIS_HASH;
  let revision = head ? head.revision + 1n : 0n;
  // the server's own `created` is not known before the write: version 2 records this instant in
  // the metadata instead, and reads take recordedAt from there
  const recordedAt = new Date().toISOString();
  const chained = events.map((e) => {
    const metadataJson = storedMetadataJson(e.metadataJson, e.copied?.hashVersion ?? HASH_VERSION, e.copied?.recordedAt ?? recordedAt);
    const hash = eventHashFromJson(prevHash, { streamName: stream, revision, eventId: e.eventId, type: e.type, dataJson: e.dataJson, metadataJson });
    // parsed back from the canonical JSON, so bigints are already decimal strings
    const event = jsonEvent({
      id: e.eventId,
      type: e.type,
      data: JSON.parse(e.dataJson) as Record<string, unknown>,
      metadata: { ...(JSON.parse(metadataJson) as Record<string, unknown>), prevHash, hash },
    });
    prevHash = hash;
    revision += 1n;
    return event;
  });
  const result = await client.appendToStream(stream, chained, { streamState: head ? head.revision : NO_STREAM });
  if (!result.position) throw new Error(`KurrentDB did not report the position of the append to ${stream}`);
  remember(cache, stream, result.nextExpectedRevision, prevHash);
  return { nextExpectedRevision: result.nextExpectedRevision, position: result.position };
};

export const appendChained = async (
  client: KurrentDBClient,
  reader: KurrentReader,
  cache: HeadCache,
  stream: string,
  events: PreparedEvent[],
  expected: ExpectedRevision,
): Promise<AppendResult> => {
  let transient = 0;
  for (let attempt = 1; ; attempt += 1) {
    const cached = cache.get(stream);
    let head: Head | undefined;
    if (attempt === 1 && typeof expected === 'bigint' && cached?.revision === expected) head = cached;
    else {
      let tail: RecordedEvent[];
      try {
        tail = await reader.readTail(stream, events.length + RETRY_WINDOW);
      } catch (error) {
        if (!isTransient(error) || ++transient >= TRANSIENT_ATTEMPTS) throw error;
        await pause(100 * transient);
        continue;
      }
      if (tail[0]) remember(cache, stream, tail[0].revision, tail[0].hash);
      const prior = priorAppend(stream, tail, events);
      if (prior) return prior;
      head = tail[0];
      if (!isSatisfied(expected, head?.revision)) throw wrongExpectedRevision(stream, expected, head?.revision ?? 'no_stream');
    }
    try {
      return await write(client, cache, stream, events, head);
    } catch (error) {
      if (isTransient(error) && ++transient < TRANSIENT_ATTEMPTS) {
        await pause(100 * transient);
        continue;
      }
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      // another writer moved the head between our read and our write
      const flexible = expected === 'any' || (expected === 'stream_exists' && error.actualState !== 'no_stream');
      if ((flexible || head === cached) && attempt < MAX_ATTEMPTS) continue;
      const actual = error.actualState;
      throw wrongExpectedRevision(stream, expected, typeof actual === 'bigint' ? actual : 'no_stream');
    }
  }
};
