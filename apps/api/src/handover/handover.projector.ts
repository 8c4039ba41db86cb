import { HANDOVER_STREAM_CATEGORY, projectRecruitmentPlan, type HandoverEvent, type RecruitmentPlanRow } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import { defineReadModel } from '../platform/read-model';

// One row per programme: the plan, its progress and history.
export type RecruitmentPlanReadRow = RecruitmentPlanRow & { programmeId: string; since: string; revision: number };

const programmeOf = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

export const recruitmentPlanModel = defineReadModel<RecruitmentPlanReadRow>({
  name: 'recruitmentPlan',
  categories: [HANDOVER_STREAM_CATEGORY],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: programmeOf(e) }),
  evolve: (row, e) => ({
    ...projectRecruitmentPlan(row, { type: e.type, data: e.data } as HandoverEvent, {
      at: e.metadata.occurredAt,
      by: e.metadata.actor.displayName,
    }),
    programmeId: programmeOf(e),
    since: e.metadata.occurredAt,
    revision: Number(e.revision),
  }),
});
