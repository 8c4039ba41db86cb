// The embedded adapter: one SQLite file in WAL mode, one writing connection per process.
import { categoryOf, type EventStore, type Position } from '../event-store';
import { DEFAULT_MAX_EVENT_BYTES, prepareAppend, validateExpectedRevision } from '../append-validation';
import { createGroupCommitWriter } from './group-commit';
import { createSqliteReader } from './reads';
import { openDatabase } from './schema';
import { startSubscription, type LiveSubscription } from './subscription';

export type SqliteEventStoreOptions = {
  file: string; // a path, or ':memory:'
  maxEventBytes?: number; // measured on the canonical JSON of data + metadata; default 1 MiB
  pollIntervalMs?: number; // how often subscriptions look for appends by other processes; default 100
};

const toPosition = (seq: bigint): Position => ({ commit: seq, prepare: seq });

export const openSqliteEventStore = (options: SqliteEventStoreOptions): EventStore => {
  const maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
  const db = openDatabase(options.file);
  const reader = createSqliteReader(db);
  const subscriptions = new Set<LiveSubscription>();
  const writer = createGroupCommitWriter(db, () => {
    for (const s of subscriptions) s.wake();
  });
  let closed = false;

  const ensureOpen = () => {
    if (closed) throw new Error('Event store is closed');
  };

  return {
    append: async (stream, events, appendOptions = {}) => {
      ensureOpen();
      const expected = validateExpectedRevision(appendOptions.expectedRevision ?? 'any');
      // validation and serialisation happen before queueing, so a refused event never joins a batch
      const prepared = prepareAppend(stream, events, maxEventBytes);
      return writer.append({ stream, category: categoryOf(stream), events: prepared, expected });
    },

    readStream: async (stream, readOptions) => {
      ensureOpen();
      return reader.readStream(stream, readOptions);
    },

    readAll: (readOptions) => {
      ensureOpen();
      return reader.readAll(readOptions);
    },

    headPosition: async () => {
      ensureOpen();
      const head = reader.headPosition();
      return head === 0n ? null : toPosition(head);
    },

    subscribe: (subscribeOptions, onEvent) => {
      ensureOpen();
      const live = startSubscription(reader, subscribeOptions, onEvent, options.pollIntervalMs);
      subscriptions.add(live);
      return {
        caughtUp: () => live.caughtUp(),
        stop: async () => {
          await live.stop();
          subscriptions.delete(live);
        },
      };
    },

    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.stop()));
      subscriptions.clear();
      // whatever was queued in this tick is committed before the file is closed
      writer.close();
      db.close();
    },
  };
};
