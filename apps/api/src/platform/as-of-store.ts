import { DomainError } from '@orgledger/domain';
import { comparePositions, EventStoreError, type EventStore, type Position, type RecordedEvent } from '@orgledger/event-store';

export const readOnlyAsAt = () =>
  new DomainError(
    'AS_OF_READ_ONLY',
    'Read-only: as-at mode. OrgLedger is showing its records as they stood at a past moment; go back to now to make changes.',
    'FORBIDDEN',
  );

async function* nothing(): AsyncGenerator<RecordedEvent> {}

// The store as it stood at `bound` (inclusive; null = before anything): resolvers that read the
// store directly (a stream's history, a decider's state) see only what had happened by then.
export const boundedStore = (store: EventStore, bound: Position | null): EventStore => {
  const within = (e: RecordedEvent) => bound !== null && comparePositions(e.position, bound) <= 0;
  return {
    append: async () => {
      throw readOnlyAsAt();
    },
    readStream: async (stream, options = {}) => {
      const { maxCount, ...rest } = options;
      const events = (await store.readStream(stream, rest)).filter(within);
      if (events.length === 0) {
        // a stream that only began after the bound did not exist then
        const first = await store.readStream(stream, { maxCount: 1 });
        if (!first[0] || !within(first[0])) throw new EventStoreError('STREAM_NOT_FOUND', `Stream ${stream} not found`, { stream });
      }
      return maxCount === undefined ? events : events.slice(0, maxCount);
    },
    readAll: (options = {}) => {
      if (bound === null) return nothing();
      const to = options.to && comparePositions(options.to, bound) < 0 ? options.to : bound;
      return store.readAll({ ...options, to });
    },
    headPosition: async () => bound,
    subscribe: () => {
      throw readOnlyAsAt();
    },
    close: async () => undefined,
  };
};
