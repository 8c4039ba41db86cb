// Shared builders for the recruitment handover specs (plain data; no jest). Not exported from the index.
import { type DesignAuthorityEvent, evolveDesignAuthority, initialDesignAuthorityState } from '../authority-decisions';
import type { CommandMetadata, Role } from '../shared/decider';
import { meta } from '../shared/testing/decider-spec';
import type * as C from './commands';
import type * as E from './events';
import type { OpenVacancy, PlannedStage } from './stages';

export const northShire = '0190a000-0000-7000-8000-00000000a001';
export const southShire = '0190a000-0000-7000-8000-00000000a002';
export const ismId = '0190a000-0000-7000-8000-0000000000d1';
export const ownCouncil: C.HandoverScope = { programmeAuthorityId: northShire, actorAuthorityId: northShire };
export const otherCouncil: C.HandoverScope = { programmeAuthorityId: northShire, actorAuthorityId: southShire };

const now = '2026-12-01T10:00:00Z';
export const as = (role: Role, userId?: string): CommandMetadata => meta({ now, actor: { role, displayName: `A ${role}`, ...(userId ? { userId } : {}) } });
export const consultant = as('consultant');
export const ism = as('interim_service_manager', ismId);
export const otherIsm = as('interim_service_manager', '0190a000-0000-7000-8000-0000000000d2');

export const officer: OpenVacancy = { designPostId: 'officer', title: 'Contract Officer', grade: 9, fte: 1500 };
export const manager: OpenVacancy = { designPostId: 'manager', title: 'Contract Manager', grade: 11, fte: 1000 };
export const open = [officer, manager];

export const stages: PlannedStage[] = [
  { stage: 'internal_advert', targetDate: '2027-01-11' },
  { stage: 'shortlisting', targetDate: '2027-01-25' },
  { stage: 'interview', targetDate: '2027-02-03' },
  { stage: 'offer', targetDate: '2027-02-10' },
  { stage: 'start', targetDate: '2027-04-01' },
];
export const plan = (): C.VacancyPlanInput[] => [
  { designPostId: 'officer', owner: 'Head of Contract Management', stages },
  {
    designPostId: 'manager',
    owner: 'Head of Contract Management',
    stages: [
      { stage: 'external_advert', targetDate: '2027-01-11' },
      { stage: 'start', targetDate: '2027-05-01' },
    ],
  },
];

export const draftCommand = (vacancies = plan(), metadata = consultant): C.DraftRecruitmentPlan => ({
  type: 'DraftRecruitmentPlan',
  data: { vacancies, openVacancies: open },
  metadata,
});
export const drafted = (): E.RecruitmentPlanDrafted => ({
  type: 'RecruitmentPlanDrafted',
  data: {
    vacancies: [
      { vacancyId: 'officer', title: 'Contract Officer', grade: 9, fte: 1500, owner: 'Head of Contract Management', stages },
      {
        vacancyId: 'manager',
        title: 'Contract Manager',
        grade: 11,
        fte: 1000,
        owner: 'Head of Contract Management',
        stages: [
          { stage: 'external_advert', targetDate: '2027-01-11' },
          { stage: 'start', targetDate: '2027-05-01' },
        ],
      },
    ],
  },
});

export const theIsm: C.Recipient = { userId: ismId, displayName: 'Tom Reid', role: 'interim_service_manager', authorityId: northShire, active: true };
export const handOverCommand = (recipient: C.Recipient | null = theIsm, metadata = consultant): C.HandOverRecruitmentPlan => ({
  type: 'HandOverRecruitmentPlan',
  data: { programmeAuthorityId: northShire, recipient },
  metadata,
});
export const handedOver: E.RecruitmentPlanHandedOver = {
  type: 'RecruitmentPlanHandedOver',
  data: { ismUserId: ismId, ismName: 'Tom Reid', handedOverOn: '2026-12-01' },
};
export const accepted: E.RecruitmentPlanAccepted = { type: 'RecruitmentPlanAccepted', data: { ismUserId: ismId, acceptedOn: '2026-12-01' } };

// The Design Authority's submissions, folded from its events, for the recruitment gate.
export const daState = (events: DesignAuthorityEvent[]) => events.reduce(evolveDesignAuthority, initialDesignAuthorityState);
const decidedAs = (decision: 'approved' | 'deferred'): DesignAuthorityEvent[] => [
  { type: 'DesignAuthoritySubmitted', data: { submissionId: 's1', supersedes: null, snapshot: { submittedOn: '2026-11-01' } as never } },
  {
    type: 'DesignAuthorityDecided',
    data: {
      submissionId: 's1',
      decision,
      conditions: [],
      asksFor: decision === 'deferred' ? 'Costed options' : null,
      reasons: null,
      meetingDate: '2026-11-10',
    },
  },
];
export const approved: C.GateContext = { designAuthority: daState(decidedAs('approved')) };
export const deferred: C.GateContext = { designAuthority: daState(decidedAs('deferred')) };
export const nothingSubmitted: C.GateContext = { designAuthority: daState([]) };

export const complete = (stage: string, completedOn: string, gate = approved, metadata = ism, scope = ownCouncil): C.RecordStageCompleted => ({
  type: 'RecordStageCompleted',
  data: { ...scope, ...gate, vacancyId: 'officer', stage, completedOn },
  metadata,
});
export const completed = (stage: E.RecruitmentStageCompleted['data']['stage'], completedOn: string, vacancyId = 'officer'): E.RecruitmentStageCompleted => ({
  type: 'RecruitmentStageCompleted',
  data: { vacancyId, stage, completedOn },
});
