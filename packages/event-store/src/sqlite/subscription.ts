// Catch-up-then-live subscription over the global log. One loop per subscription delivers strictly
// in position order: it is woken at once by appends in this process and polls for appends made by
// other processes (the CLI) on the same file.
import type { AllFilter, RecordedEvent, SubscribeOptions, Subscription } from '../event-store';
import type { BatchQuery } from './reads';

export type SubscriptionSource = {
  headPosition(): bigint;
  readBatch(query: BatchQuery): RecordedEvent[];
};

export type LiveSubscription = Subscription & { wake(): void };

type Waiter = { target: bigint; resolve: () => void; reject: (e: unknown) => void };

const BATCH = 500;

export const startSubscription = (
  source: SubscriptionSource,
  options: SubscribeOptions,
  onEvent: (event: RecordedEvent) => Promise<void> | void,
  pollMs = 100,
): LiveSubscription => {
  const filter: AllFilter | undefined = options.filter;
  // everything at or below `scanned` has been delivered or filtered out
  let scanned = options.from && options.from !== 'start' ? options.from.commit : 0n;
  let stopping = false;
  let finished = false;
  let failure: unknown = null;
  let waiters: Waiter[] = [];
  let wakeUp: (() => void) | null = null;

  const settle = () => {
    const reached = waiters.filter((w) => w.target <= scanned);
    waiters = waiters.filter((w) => w.target > scanned);
    for (const w of reached) w.resolve();
  };

  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), pollMs);
      const done = () => {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      };
      wakeUp = done;
    });

  const run = async (): Promise<void> => {
    // never call the handler before subscribe() has returned
    await null;
    while (!stopping) {
      const head = source.headPosition();
      if (head <= scanned) {
        settle();
        await sleep();
        continue;
      }
      const batch = source.readBatch({ after: scanned, upTo: head, filter, limit: BATCH });
      for (const event of batch) {
        if (stopping) return;
        // a synchronous handler (the read models while catching up) costs no promise per event
        const handled = onEvent(event);
        if (handled) await handled;
        scanned = event.position.commit;
        settle();
      }
      if (stopping) return;
      // a short batch means nothing else matches up to head: the filtered-out rest is scanned too
      if (batch.length < BATCH) scanned = head;
      settle();
      // let I/O run between batches of a long catch-up, even when the handler is synchronous
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };

  const loop = run()
    .catch((error: unknown) => {
      failure = error;
    })
    .finally(() => {
      finished = true;
      const reason = failure ?? new Error('Subscription stopped before catching up');
      for (const w of waiters) w.reject(reason);
      waiters = [];
    });

  return {
    caughtUp: () => {
      if (finished) return failure ? Promise.reject(failure) : Promise.reject(new Error('Subscription is stopped'));
      let target: bigint;
      try {
        target = source.headPosition();
      } catch (error) {
        return Promise.reject(error); // e.g. the store was closed
      }
      if (target <= scanned) return Promise.resolve();
      const promise = new Promise<void>((resolve, reject) => waiters.push({ target, resolve, reject }));
      wakeUp?.();
      return promise;
    },
    // Resolves once no handler is running. Do not await it from inside the handler: it would wait for itself.
    stop: async () => {
      stopping = true;
      wakeUp?.();
      await loop;
    },
    wake: () => wakeUp?.(),
  };
};
