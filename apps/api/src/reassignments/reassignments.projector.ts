import {
  evolveReassignments,
  initialReassignmentsState,
  REASSIGNMENTS_STREAM_CATEGORY,
  type ReassignmentsEvent,
  type ReassignmentsState,
} from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import { defineReadModel } from '../platform/read-model';

// When and by whom each step of a post's history was recorded: the domain history holds the
// facts, the envelope holds the time and the actor, so the read model keeps both side by side.
export type DecisionStamp = { at: string; by: string };
export type ReassignmentsReadRow = { programmeId: string; state: ReassignmentsState; stamps: Record<string, DecisionStamp[]>; revision: number };

const programmeOf = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

export const reassignmentsModel = defineReadModel<ReassignmentsReadRow>({
  name: 'reassignments', // one row per programme
  categories: [REASSIGNMENTS_STREAM_CATEGORY],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: programmeOf(e) }),
  evolve: (stored, e) => {
    const before = stored?.state ?? initialReassignmentsState;
    const state = evolveReassignments(before, { type: e.type, data: e.data } as ReassignmentsEvent);
    const stamps = { ...(stored?.stamps ?? {}) };
    const stamp = { at: e.metadata.occurredAt, by: e.metadata.actor.displayName };
    // One stamp for every history step the event added (a pool adds one to each of its posts).
    for (const [postId, post] of Object.entries(state.posts)) {
      const added = post.history.length - (before.posts[postId]?.history.length ?? 0);
      if (added > 0) stamps[postId] = [...(stamps[postId] ?? []), ...Array.from({ length: added }, () => stamp)];
    }
    return { programmeId: programmeOf(e), state, stamps, revision: Number(e.revision) };
  },
});
