import { EventStoreError, type EventStore, type RecordedEvent } from '@orgledger/event-store';

// Who made a proposal, as the history records it: the actors of a stream's events that pass
// `which`. The approval deciders refuse an approver whom one of these people invited.
export const authorsOf = async (store: EventStore, stream: string, which: (e: RecordedEvent) => boolean = () => true): Promise<string[]> => {
  const authors = new Set<string>();
  try {
    for (const e of await store.readStream(stream)) if (which(e)) authors.add(e.metadata.actor.userId);
  } catch (e) {
    if (!(e instanceof EventStoreError && e.code === 'STREAM_NOT_FOUND')) throw e;
  }
  return [...authors];
};
