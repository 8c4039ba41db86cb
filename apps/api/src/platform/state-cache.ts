import type { DomainEvent } from '@orgledger/domain';
import { EventStoreError, type EventStore, type RecordedEvent } from '@orgledger/event-store';

// Folded decider state per stream, kept between commands, so that loading a stream reads only the
// events appended since the state was folded (usually none) instead of the whole stream.
// An entry is always the exact fold of the stored events up to its revision, and each load asks the
// store for anything newer, so entries are right under concurrency and with other writers (the CLI,
// other replicas); an append made between that read and ours fails its expected-revision check and
// the command retries. Only stored events are ever folded in, never what a decider returned.

export type Upcast = (event: RecordedEvent) => DomainEvent;
type Evolving<S, E> = { evolve: (s: S, e: E) => S; initialState: S };

export type FoldedStream<S> = {
  state: S;
  revision: bigint | null; // null: no such stream
  // The lowest revision holding an event caused by this command id, if there is one.
  revisionOf(commandId: string): bigint | undefined;
};

type Entry = {
  decider: object;
  upcast: Upcast;
  state: unknown;
  revision: bigint;
  // causationId → lowest revision; a superset is harmless (callers re-read from that revision)
  commands: Map<string, bigint>;
  counted: number; // commands.size when kept (the map may grow afterwards)
};

// Bounds: streams kept, and causation ids remembered across them (roughly the events folded, so
// roughly the memory held). The hot streams are few: the councils and programmes being worked on.
export const CACHED_STREAMS = 1_000;
export const CACHED_COMMANDS = 200_000;

export type StateCache = ReturnType<typeof createStateCache>;

export const createStateCache = (maxStreams = CACHED_STREAMS, maxCommands = CACHED_COMMANDS) => {
  // Map order is least recently used first.
  const entries = new Map<string, Entry>();
  let commands = 0;

  const drop = (stream: string) => {
    const entry = entries.get(stream);
    if (!entry) return;
    entries.delete(stream);
    commands -= entry.counted;
  };

  const keep = (stream: string, entry: Entry) => {
    drop(stream);
    entries.set(stream, entry);
    commands += entry.counted;
    for (const oldest of entries.keys()) {
      if (entries.size <= maxStreams && commands <= maxCommands) break;
      if (oldest === stream) break;
      drop(oldest);
    }
  };

  const readFrom = async (store: EventStore, stream: string, fromRevision: bigint): Promise<RecordedEvent[] | null> => {
    try {
      return await store.readStream(stream, fromRevision === 0n ? undefined : { fromRevision });
    } catch (e) {
      if (e instanceof EventStoreError && e.code === 'STREAM_NOT_FOUND') return null;
      throw e;
    }
  };

  const load = async <S, E extends DomainEvent>(store: EventStore, stream: string, decider: Evolving<S, E>, upcast: Upcast): Promise<FoldedStream<S>> => {
    const found = entries.get(stream);
    const cached = found && found.decider === decider && found.upcast === upcast ? found : undefined;
    const fresh = await readFrom(store, stream, cached ? cached.revision + 1n : 0n);
    if (fresh === null) {
      // no stream (or, behind our back, no longer one): nothing to remember
      drop(stream);
      return { state: decider.initialState, revision: null, revisionOf: () => undefined };
    }
    // Re-read the entry: another load may have moved it on while we waited for the store.
    const base = cached && entries.get(stream) === cached ? cached : undefined;
    if (cached && !base) return load(store, stream, decider, upcast);
    let state = base ? (base.state as S) : decider.initialState;
    let revision = base?.revision ?? null;
    // extended in place: an older entry sharing it then knows later commands too, which is harmless
    const seen = base?.commands ?? new Map<string, bigint>();
    for (const event of fresh) {
      if (revision !== null && event.revision !== revision + 1n) {
        // not the next revision: the cached entry no longer matches the store, start again
        drop(stream);
        return load(store, stream, decider, upcast);
      }
      state = decider.evolve(state, upcast(event) as E);
      revision = event.revision;
      const causation = event.metadata.causationId;
      if (typeof causation === 'string' && !seen.has(causation)) seen.set(causation, event.revision);
    }
    if (revision === null) return { state, revision, revisionOf: () => undefined };
    keep(stream, base && fresh.length === 0 ? base : { decider, upcast, state, revision, commands: seen, counted: seen.size });
    return { state, revision, revisionOf: (commandId) => seen.get(commandId) };
  };

  return {
    load,
    // After a refused append: the next load folds the stream from the start.
    forget: drop,
    size: () => ({ streams: entries.size, commands }),
  };
};

// One cache per store: a test harness or the CLI opening another store gets its own.
const caches = new WeakMap<EventStore, StateCache>();

export const stateCacheOf = (store: EventStore): StateCache => {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = createStateCache()));
  return cache;
};
