import { asStored, type Upcasters } from '../shared/upcasting';
import type { HandoverEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const handoverUpcasters: Upcasters<HandoverEvent> = {
  RecruitmentPlanDrafted: { 1: asStored },
  RecruitmentPlanHandedOver: { 1: asStored },
  RecruitmentPlanAccepted: { 1: asStored },
  RecruitmentPlanReturned: { 1: asStored },
  RecruitmentStageCompleted: { 1: asStored },
  RecruitmentStageReplanned: { 1: asStored },
  VacancyFilled: { 1: asStored },
};
