import type { CivilDate } from '../shared/values';
import type { HandoverEvent, PlannedVacancy } from './events';
import type { RecruitmentStage } from './stages';

export const HANDOVER_STATUSES = ['none', 'draft', 'handed_over', 'returned', 'accepted'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];
export type Replan = { previousTargetDate: CivilDate; targetDate: CivilDate; reason: string };
export type StageProgress = { stage: RecruitmentStage; targetDate: CivilDate; completedOn: CivilDate | null; replans: Replan[] };
export type VacancyProgress = Omit<PlannedVacancy, 'stages'> & { stages: StageProgress[]; startDate: CivilDate | null };
export type PlanReturn = { reasons: string; returnedOn: CivilDate };

// The state doubles as the read model: the plan, who holds it, and every vacancy's progress.
export type HandoverState = {
  status: HandoverStatus;
  vacancies: VacancyProgress[];
  ism: { userId: string; name: string } | null;
  handedOverOn: CivilDate | null;
  acceptedOn: CivilDate | null;
  returns: PlanReturn[];
};

export const initialHandoverState: HandoverState = { status: 'none', vacancies: [], ism: null, handedOverOn: null, acceptedOn: null, returns: [] };

const withVacancy = (state: HandoverState, vacancyId: string, change: (v: VacancyProgress) => VacancyProgress): HandoverState => ({
  ...state,
  vacancies: state.vacancies.map((v) => (v.vacancyId === vacancyId ? change(v) : v)),
});

const withStage = (state: HandoverState, vacancyId: string, stage: RecruitmentStage, change: (s: StageProgress) => StageProgress) =>
  withVacancy(state, vacancyId, (v) => ({ ...v, stages: v.stages.map((s) => (s.stage === stage ? change(s) : s)) }));

export const evolveHandover = (state: HandoverState, event: HandoverEvent): HandoverState => {
  switch (event.type) {
    case 'RecruitmentPlanDrafted':
      return {
        ...state,
        status: state.status === 'none' ? 'draft' : state.status,
        vacancies: event.data.vacancies.map((v) => ({
          ...v,
          stages: v.stages.map((s) => ({ ...s, completedOn: null, replans: [] })),
          startDate: null,
        })),
      };
    case 'RecruitmentPlanHandedOver': {
      const { ismUserId, ismName, handedOverOn } = event.data;
      return { ...state, status: 'handed_over', ism: { userId: ismUserId, name: ismName }, handedOverOn };
    }
    case 'RecruitmentPlanAccepted':
      return { ...state, status: 'accepted', acceptedOn: event.data.acceptedOn };
    case 'RecruitmentPlanReturned': {
      const { reasons, returnedOn } = event.data;
      return { ...state, status: 'returned', returns: [...state.returns, { reasons, returnedOn }] };
    }
    case 'RecruitmentStageCompleted':
      return withStage(state, event.data.vacancyId, event.data.stage, (s) => ({ ...s, completedOn: event.data.completedOn }));
    case 'RecruitmentStageReplanned': {
      const { previousTargetDate, targetDate, reason } = event.data;
      return withStage(state, event.data.vacancyId, event.data.stage, (s) => ({
        ...s,
        targetDate,
        replans: [...s.replans, { previousTargetDate, targetDate, reason }],
      }));
    }
    case 'VacancyFilled':
      return withVacancy(state, event.data.vacancyId, (v) => ({ ...v, startDate: event.data.startDate }));
    default:
      return state;
  }
};

export const VACANCY_STATUSES = ['not_started', 'in_progress', 'filled'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];
export const vacancyStatus = (v: VacancyProgress): VacancyStatus =>
  v.startDate !== null ? 'filled' : v.stages.some((s) => s.completedOn !== null) ? 'in_progress' : 'not_started';

// Stages whose target date has passed without being completed, as of `today`.
export const overdueStages = (v: VacancyProgress, today: CivilDate): RecruitmentStage[] =>
  v.startDate !== null ? [] : v.stages.filter((s) => s.completedOn === null && s.targetDate < today).map((s) => s.stage);
