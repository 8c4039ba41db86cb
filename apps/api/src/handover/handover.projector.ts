import { HANDOVER_STREAM_CATEGORY, projectRecruitmentPlan, type HandoverEvent, type RecruitmentPlanRow } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import type { Projector } from '../platform/read-models';

// One row per programme: the plan, its progress and history.
export type RecruitmentPlanReadRow = RecruitmentPlanRow & { programmeId: string; since: string; revision: number };

const programmeOf = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

export const recruitmentPlanProjector: Projector = {
  model: 'recruitmentPlan',
  categories: [HANDOVER_STREAM_CATEGORY],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: programmeOf(e) }),
  project: (row, e) => ({
    ...projectRecruitmentPlan(row as RecruitmentPlanReadRow | null, { type: e.type, data: e.data } as HandoverEvent, {
      at: e.metadata.occurredAt,
      by: e.metadata.actor.displayName,
    }),
    programmeId: programmeOf(e),
    since: e.metadata.occurredAt,
    revision: Number(e.revision),
  }),
};
