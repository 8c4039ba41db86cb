import { upcast, type DomainEvent } from '@orgledger/domain';
import type { EventStore } from '@orgledger/event-store';
import { stateCacheOf } from './state-cache';

// Folds one stream into its decider state (from the folded-state cache plus any newer events); a
// missing stream (unknown id, or another tenant's, since the tenant is part of the name) folds to
// the initial state.
export const loadState = async <E extends DomainEvent, S>(
  store: EventStore,
  stream: string,
  decider: { evolve: (s: S, e: E) => S; initialState: S },
): Promise<S> => {
  return (await stateCacheOf(store).load(store, stream, decider, upcast)).state;
};
