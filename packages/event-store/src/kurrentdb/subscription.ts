// Catch-up-then-live subscription to $all through the client's gRPC subscription. Handlers run
// one at a time in position order; a dropped connection resubscribes after the last event seen.
import { START, type KurrentDBClient } from '@kurrent/kurrentdb-client';
import { comparePositions, type Position, type RecordedEvent, type SubscribeOptions, type Subscription } from '../event-store';
import { compileFilter, toRecorded } from './convert';
import type { KurrentReader } from './reads';

type Waiter = { target: Position; resolve: () => void; reject: (e: unknown) => void };
type ClientSubscription = ReturnType<KurrentDBClient['subscribeToAll']>;

// after a dropped connection: 0.25 s, doubling to 8 s while the cluster stays unreachable
const RESUBSCRIBE_DELAY_MS = 250;
const MAX_RESUBSCRIBE_DELAY_MS = 8000;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class HandlerFailed extends Error {
  constructor(readonly failure: unknown) {
    super('subscription handler failed');
  }
}

export const startKurrentSubscription = (
  client: KurrentDBClient,
  reader: KurrentReader,
  options: SubscribeOptions,
  onEvent: (event: RecordedEvent) => Promise<void> | void,
  onError: (error: unknown) => void = () => {},
): Subscription => {
  const filter = compileFilter(options.filter);
  // everything at or below `scanned` has been handled or filtered out
  let scanned: Position | 'start' = options.from ?? 'start';
  let stopping = false;
  let finished = false;
  let failure: unknown = null;
  let current: ClientSubscription | null = null;
  let waiters: Waiter[] = [];
  let stopRequested: (() => void) | null = null;

  const settle = () => {
    if (scanned === 'start') return;
    const at = scanned;
    const reached = waiters.filter((w) => comparePositions(w.target, at) <= 0);
    waiters = waiters.filter((w) => comparePositions(w.target, at) > 0);
    for (const w of reached) w.resolve();
  };

  const consume = async (subscription: ClientSubscription) => {
    for await (const resolved of subscription) {
      if (stopping) return;
      const position = resolved.event?.position;
      if (!position) continue;
      const event = toRecorded(resolved.event);
      if (event && filter.accepts(event)) {
        try {
          await onEvent(event);
        } catch (error) {
          throw new HandlerFailed(error);
        }
      }
      scanned = position;
      settle();
    }
  };

  const run = async () => {
    // never call the handler before subscribe() has returned
    await null;
    if (filter.empty) return new Promise<void>((resolve) => (stopRequested = resolve));
    let backoff = RESUBSCRIBE_DELAY_MS;
    while (!stopping) {
      const from = scanned;
      current = client.subscribeToAll({ fromPosition: from === 'start' ? START : from, filter: filter.server });
      try {
        await consume(current);
      } catch (error) {
        if (error instanceof HandlerFailed) throw error.failure;
        if (stopping) return;
        onError(error);
      }
      if (stopping) return;
      backoff = scanned !== from ? RESUBSCRIBE_DELAY_MS : Math.min(backoff * 2, MAX_RESUBSCRIBE_DELAY_MS);
      await delay(backoff);
    }
  };

  const loop = run()
    .catch((error: unknown) => {
      failure = error;
    })
    .finally(() => {
      finished = true;
      void current?.unsubscribe().catch(() => {});
      const reason = failure ?? new Error('Subscription stopped before catching up');
      for (const w of waiters) w.reject(reason);
      waiters = [];
    });

  return {
    caughtUp: async () => {
      if (finished) throw failure ?? new Error('Subscription is stopped');
      // the newest event this subscription would deliver; nothing to wait for when there is none
      const target = await reader.lastMatching(filter, scanned);
      if (!target || (scanned !== 'start' && comparePositions(target, scanned) <= 0)) return;
      if (finished) throw failure ?? new Error('Subscription is stopped');
      await new Promise<void>((resolve, reject) => {
        waiters.push({ target, resolve, reject });
        settle();
      });
    },
    // Resolves once no handler is running. Do not await it from inside the handler.
    stop: async () => {
      stopping = true;
      stopRequested?.();
      const subscription = current;
      if (subscription) {
        await subscription.unsubscribe();
        // ends a `for await` that is waiting for the next message
        subscription.destroy();
      }
      await loop;
    },
  };
};
