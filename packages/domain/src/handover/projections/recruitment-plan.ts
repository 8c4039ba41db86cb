import type { HandoverEvent } from '../events';
import { RECRUITMENT_STAGE_LABEL } from '../stages';
import { evolveHandover, initialHandoverState, type HandoverState } from '../state';

// When and by whom, from the event's envelope.
export type HandoverStamp = { at: string; by: string };
export type HandoverHistoryItem = HandoverStamp & { type: HandoverEvent['type']; summary: string };
// One row per programme: the plan as it stands and a readable line for every step.
export type RecruitmentPlanRow = { plan: HandoverState; history: HandoverHistoryItem[] };

const titleOf = (plan: HandoverState, vacancyId: string) => plan.vacancies.find((v) => v.vacancyId === vacancyId)?.title ?? vacancyId;

export const describeHandoverEvent = (plan: HandoverState, event: HandoverEvent): string => {
  switch (event.type) {
    case 'RecruitmentPlanDrafted':
      return `Plan drafted with ${event.data.vacancies.length} ${event.data.vacancies.length === 1 ? 'vacancy' : 'vacancies'}`;
    case 'RecruitmentPlanHandedOver':
      return `Handed over to ${event.data.ismName}`;
    case 'RecruitmentPlanAccepted':
      return 'Accepted by the interim service manager, who now owns the plan';
    case 'RecruitmentPlanReturned':
      return `Returned: ${event.data.reasons}`;
    case 'RecruitmentStageCompleted':
      return `${titleOf(plan, event.data.vacancyId)}: ${RECRUITMENT_STAGE_LABEL[event.data.stage]} completed on ${event.data.completedOn}`;
    case 'RecruitmentStageReplanned': {
      const { stage, previousTargetDate, targetDate, reason } = event.data;
      return `${titleOf(plan, event.data.vacancyId)}: ${RECRUITMENT_STAGE_LABEL[stage]} moved from ${previousTargetDate} to ${targetDate} (${reason})`;
    }
    case 'VacancyFilled':
      return `${titleOf(plan, event.data.vacancyId)}: filled, starting ${event.data.startDate}`;
    default:
      return 'Unknown step';
  }
};

export const projectRecruitmentPlan = (row: RecruitmentPlanRow | null, event: HandoverEvent, stamp: HandoverStamp): RecruitmentPlanRow => {
  const before = row ?? { plan: initialHandoverState, history: [] };
  const plan = evolveHandover(before.plan, event);
  return { plan, history: [...before.history, { ...stamp, type: event.type, summary: describeHandoverEvent(plan, event) }] };
};
