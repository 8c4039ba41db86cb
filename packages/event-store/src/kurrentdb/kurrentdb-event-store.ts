// The KurrentDB (EventStoreDB) adapter: the same port and the same hash chain as SQLite, over the
// official client. Connection strings carry cluster discovery, TLS and credentials.
import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { DEFAULT_MAX_EVENT_BYTES, prepareAppend, validateExpectedRevision } from '../append-validation';
import type { EventStore, Subscription } from '../event-store';
import { appendChained, type HeadCache } from './append';
import { compileFilter } from './convert';
import { createKurrentReader } from './reads';
import { startKurrentSubscription } from './subscription';

export type KurrentDbEventStoreOptions = {
  connectionString: string; // kurrentdb://…, kurrentdb+discover://…, esdb://… (see the client's docs)
  maxEventBytes?: number; // measured on the canonical JSON of data + metadata; default 1 MiB
  onSubscriptionError?: (error: unknown) => void; // a dropped subscription is retried; this hears why
};

export const openKurrentDbEventStore = (options: KurrentDbEventStoreOptions): EventStore => {
  const maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
  const client = KurrentDBClient.connectionString(options.connectionString);
  const reader = createKurrentReader(client);
  const subscriptions = new Set<Subscription>();
  const heads: HeadCache = new Map();
  let closed = false;

  const ensureOpen = () => {
    if (closed) throw new Error('Event store is closed');
  };

  return {
    append: async (stream, events, appendOptions = {}) => {
      ensureOpen();
      const expected = validateExpectedRevision(appendOptions.expectedRevision ?? 'any');
      return appendChained(client, reader, heads, stream, prepareAppend(stream, events, maxEventBytes), expected);
    },
    readStream: async (stream, readOptions) => {
      ensureOpen();
      return reader.readStream(stream, readOptions);
    },
    readAll: (readOptions) => {
      ensureOpen();
      return reader.readAll(readOptions);
    },
    // the newest event this port wrote: system events ($-streams) do not count
    headPosition: async () => {
      ensureOpen();
      return reader.lastMatching(compileFilter(), 'start');
    },
    subscribe: (subscribeOptions, onEvent) => {
      ensureOpen();
      const live = startKurrentSubscription(client, reader, subscribeOptions, onEvent, options.onSubscriptionError);
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
      await client.dispose();
    },
  };
};
