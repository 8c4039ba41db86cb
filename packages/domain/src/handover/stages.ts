import type { FunctionDesignState } from '../design';
import { type ReassignmentsState, transitionMap } from '../reassignments';
import type { CivilDate, Fte } from '../shared/values';

// The recruitment and on-boarding stages, in the order a council runs them: ring-fenced
// candidates first, then an internal advert, then an external one (each only if still needed).
export const recruitmentStages = [
  'ring_fenced_recruitment',
  'internal_advert',
  'external_advert',
  'shortlisting',
  'interview',
  'offer',
  'pre_employment_checks',
  'start',
  'induction',
] as const;
export type RecruitmentStage = (typeof recruitmentStages)[number];

export const RECRUITMENT_STAGE_LABEL: Record<RecruitmentStage, string> = {
  ring_fenced_recruitment: 'Ring-fenced recruitment',
  internal_advert: 'Internal advert',
  external_advert: 'External advert',
  shortlisting: 'Shortlisting',
  interview: 'Interview',
  offer: 'Offer',
  pre_employment_checks: 'Pre-employment checks',
  start: 'Start',
  induction: 'Induction',
};

export const isRecruitmentStage = (value: unknown): value is RecruitmentStage => recruitmentStages.includes(value as RecruitmentStage);
export const stageOrder = (stage: RecruitmentStage) => recruitmentStages.indexOf(stage);

export const MAX_VACANCY_OWNER = 120;
export const MAX_HANDOVER_REASON = 2000;

// A to-be post whose FTE is not (fully) taken by slot-in, ring-fence appointment or redeployment.
export type OpenVacancy = { designPostId: string; title: string; grade: number; fte: Fte };
export type PlannedStage = { stage: RecruitmentStage; targetDate: CivilDate };

// The vacancies of the chosen option: the FTE of each to-be post the transition left unfilled.
export const openVacancies = (design: FunctionDesignState, reassignments: ReassignmentsState): OpenVacancy[] => {
  const chosen = design.options.find((o) => o.optionId === design.chosenOptionId);
  if (!chosen) return [];
  const grades = new Map(chosen.posts.map((p) => [p.designPostId, p.grade]));
  return transitionMap(reassignments, [], chosen.posts)
    .toBe.filter((t) => t.unfilledFte > 0)
    .map((t) => ({ designPostId: t.designPostId, title: t.title, grade: grades.get(t.designPostId)!, fte: t.unfilledFte }));
};
