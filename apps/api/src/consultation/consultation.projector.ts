import { CONSULTATION_STREAM_CATEGORY, evolveConsultation, initialConsultationState, type ConsultationEvent, type ConsultationState } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import { defineReadModel } from '../platform/read-model';

// One row per plan, under its programme: the plan's state; figures are computed on read from the
// rules in force on the plan's dates.
export type ConsultationReadRow = { planId: string; programmeId: string; state: ConsultationState; revision: number };

// Streams are `consultationPlan-<tenantId>_<programmeId>.<planId>`, so every event names both.
const idsOf = (e: RecordedEvent) => {
  const [programmeId, planId] = e.streamName.slice(e.streamName.indexOf('_') + 1).split('.');
  return { programmeId, planId };
};

export const consultationPlanModel = defineReadModel<ConsultationReadRow>({
  name: 'consultationPlan',
  version: 2, // 2: a plan carries the placed people's terms, service and notice, and any s.188A election
  categories: [CONSULTATION_STREAM_CATEGORY],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: idsOf(e).planId, parentId: idsOf(e).programmeId }),
  evolve: (stored, e) => {
    const before = stored?.state ?? initialConsultationState;
    const state = evolveConsultation(before, { type: e.type, data: e.data } as ConsultationEvent);
    if (state.status === 'none') return stored;
    return { planId: state.planId, programmeId: state.programmeId, state, revision: Number(e.revision) };
  },
});
