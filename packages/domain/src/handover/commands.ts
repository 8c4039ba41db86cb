import type { SubmissionCore } from '../authority-decisions';
import type { Command } from '../shared/decider';
import type { CivilDate } from '../shared/values';
import type { OpenVacancy, PlannedStage } from './stages';

// The API passes the authority that runs the programme and, for a portal user, the user's own.
export type HandoverScope = { programmeAuthorityId: string; actorAuthorityId?: string | null };
// The user named to receive the plan, as the API found them (null: no such user in this tenant).
export type Recipient = { userId: string; displayName: string; role: string; authorityId: string | null; active: boolean };
// Progress reads the Design Authority's submissions: recruitment starts only through an open gate.
export type GateContext = { designAuthority: { submissions: SubmissionCore[] } };

export type VacancyPlanInput = { designPostId: string; owner: string; stages: PlannedStage[] };

export type DraftRecruitmentPlan = Command<'DraftRecruitmentPlan', { vacancies: VacancyPlanInput[]; openVacancies: OpenVacancy[] }>;
export type HandOverRecruitmentPlan = Command<'HandOverRecruitmentPlan', HandoverScope & { recipient: Recipient | null }>;
export type AcceptRecruitmentPlan = Command<'AcceptRecruitmentPlan', HandoverScope>;
export type ReturnRecruitmentPlan = Command<'ReturnRecruitmentPlan', HandoverScope & { reasons: string }>;
export type RecordStageCompleted = Command<'RecordStageCompleted', HandoverScope & GateContext & { vacancyId: string; stage: string; completedOn: CivilDate }>;
export type ReplanStage = Command<'ReplanStage', HandoverScope & { vacancyId: string; stage: string; targetDate: CivilDate; reason: string }>;
export type RecordVacancyFilled = Command<'RecordVacancyFilled', HandoverScope & GateContext & { vacancyId: string; startDate: CivilDate }>;

export type HandoverCommand =
  DraftRecruitmentPlan | HandOverRecruitmentPlan | AcceptRecruitmentPlan | ReturnRecruitmentPlan | RecordStageCompleted | ReplanStage | RecordVacancyFilled;
