import type { DomainEvent } from '../shared/decider';
import type { CivilDate, Fte } from '../shared/values';
import type { PlannedStage, RecruitmentStage } from './stages';

// One stream per programme: `recruitmentHandover-<tenantId>_<programmeId>`.
export const HANDOVER_STREAM_CATEGORY = 'recruitmentHandover';

// A vacancy is named by the to-be post it recruits to; title, grade and FTE are as they stood.
export type PlannedVacancy = { vacancyId: string; title: string; grade: number; fte: Fte; owner: string; stages: PlannedStage[] };

// A new draft replaces the previous one whole.
export type RecruitmentPlanDrafted = DomainEvent<'RecruitmentPlanDrafted', { vacancies: PlannedVacancy[] }>;
export type RecruitmentPlanHandedOver = DomainEvent<'RecruitmentPlanHandedOver', { ismUserId: string; ismName: string; handedOverOn: CivilDate }>;
export type RecruitmentPlanAccepted = DomainEvent<'RecruitmentPlanAccepted', { ismUserId: string; acceptedOn: CivilDate }>;
export type RecruitmentPlanReturned = DomainEvent<'RecruitmentPlanReturned', { ismUserId: string; reasons: string; returnedOn: CivilDate }>;
export type RecruitmentStageCompleted = DomainEvent<'RecruitmentStageCompleted', { vacancyId: string; stage: RecruitmentStage; completedOn: CivilDate }>;
export type RecruitmentStageReplanned = DomainEvent<
  'RecruitmentStageReplanned',
  { vacancyId: string; stage: RecruitmentStage; previousTargetDate: CivilDate; targetDate: CivilDate; reason: string }
>;
export type VacancyFilled = DomainEvent<'VacancyFilled', { vacancyId: string; startDate: CivilDate }>;

export type HandoverEvent =
  | RecruitmentPlanDrafted
  | RecruitmentPlanHandedOver
  | RecruitmentPlanAccepted
  | RecruitmentPlanReturned
  | RecruitmentStageCompleted
  | RecruitmentStageReplanned
  | VacancyFilled;
