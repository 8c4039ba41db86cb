// The KeyStateStore on KurrentDB, shared by every API replica: one stream per key in the
// `signInThrottle` category, each event the key's whole new value. An update reads the newest
// event and appends with that revision expected, so two replicas racing on one key cannot both
// win: the loser re-reads and re-decides. The stream names hold no `_`, so they are no tenant's
// streams, and the events carry no tenant or hash, so readAll, subscriptions, audit and verify
// skip them (convert.ts: toRecorded).
import { BACKWARDS, END, KurrentDBClient, NO_STREAM, StreamNotFoundError, WrongExpectedVersionError, jsonEvent } from '@kurrent/kurrentdb-client';
import { keyDigest, type KeyStateStore } from './key-state-store';

export const KEY_STATE_CATEGORY = 'signInThrottle';
export const KEY_STATE_EVENT = 'SignInThrottleStateChanged';
// Only the newest value matters: the server may scavenge the rest (a real server honours this;
// the in-process test server stores the metadata but does not truncate).
const RETENTION = { maxCount: 5, maxAge: 24 * 3600 };
// Every conflict means another writer won, so N racing writers need up to N tries: enough for a
// burst on one key, with a growing, jittered pause so the losers do not collide again in step.
const MAX_TRIES = 100;
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, attempt * 2)));

export const keyStateStream = (key: string, category = KEY_STATE_CATEGORY) => `${category}-${keyDigest(key)}`;

// Another use of the same shape (the credential store) names its own category and retention.
export type KeyStateStreams = { category?: string; retention?: { maxCount?: number; maxAge?: number } };

type Head<S> = { value: S | null; revision: bigint | null };

const readHead = async <S>(client: KurrentDBClient, stream: string): Promise<Head<S>> => {
  try {
    for await (const resolved of client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
      if (resolved.event) return { value: resolved.event.data as S, revision: resolved.event.revision };
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return { value: null, revision: null };
};

export const openKurrentDbKeyStateStore = (
  options: { connectionString: string } | { client: KurrentDBClient },
  streams: KeyStateStreams = {},
): KeyStateStore => {
  const own = 'connectionString' in options;
  const category = streams.category ?? KEY_STATE_CATEGORY;
  const retention = streams.retention ?? RETENTION;
  const client = own ? KurrentDBClient.connectionString(options.connectionString) : options.client;
  return {
    update: async (key, change) => {
      const stream = keyStateStream(key, category);
      for (let attempt = 1; ; attempt += 1) {
        const head = await readHead<never>(client, stream);
        const { next, result } = change(head.value);
        if (next === undefined) return result;
        try {
          await client.appendToStream(
            stream,
            jsonEvent({ type: category === KEY_STATE_CATEGORY ? KEY_STATE_EVENT : `${category}StateChanged`, data: next as Record<string, unknown> }),
            {
              streamState: head.revision === null ? NO_STREAM : head.revision,
            },
          );
        } catch (error) {
          // another replica wrote first: decide again on its value
          if (error instanceof WrongExpectedVersionError && attempt < MAX_TRIES) {
            await pause(attempt);
            continue;
          }
          throw error;
        }
        if (head.revision === null) await client.setStreamMetadata(stream, retention).catch(() => undefined);
        return result;
      }
    },
    read: async <S>(key: string) => (await readHead<S>(client, keyStateStream(key, category))).value,
    close: async () => {
      if (own) await client.dispose();
    },
  };
};
