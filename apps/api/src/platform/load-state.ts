import type { DomainEvent } from '@orgledger/domain';
import { EventStoreError, type EventStore } from '@orgledger/event-store';

// Folds one stream into its decider state; a missing stream (unknown id, or another tenant's,
// since the tenant is part of the name) folds to the initial state.
export const loadState = async <E extends DomainEvent, S>(
  store: EventStore,
  stream: string,
  decider: { evolve: (s: S, e: E) => S; initialState: S },
): Promise<S> => {
  try {
    const events = await store.readStream(stream);
    return events.reduce((s, e) => decider.evolve(s, { type: e.type, data: e.data } as E), decider.initialState);
  } catch (e) {
    if (e instanceof EventStoreError && e.code === 'STREAM_NOT_FOUND') return decider.initialState;
    throw e;
  }
};
