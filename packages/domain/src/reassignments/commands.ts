import type { Command } from '../shared/decider';
import type { CivilDate } from '../shared/values';
import type { PayProtectionTerms, RingFenceRules, TrialRules } from './policy-rules';
import type { ReassignmentContext, SelectionOutcome, SlotInRules, TrialOutcome } from './reassignment-rules';

// Every decision needs a reason: in its data, or else the command's metadata reason.
type Decision<T extends string, D> = Command<T, D & ReassignmentContext & { reason?: string }>;

export type RecordSlotIn = Decision<'RecordSlotIn', { postId: string; designPostId: string; jobMatchPercent: number; rules?: SlotInRules }>;
export type PlaceInRingFence = Decision<
  'PlaceInRingFence',
  { poolId: string; name: string; postIds: string[]; designPostIds: string[]; rules?: RingFenceRules }
>;
export type RecordSelectionOutcome = Decision<
  'RecordSelectionOutcome',
  { poolId: string; postId: string; outcome: SelectionOutcome; designPostId: string | null }
>;
export type MarkAtRisk = Decision<'MarkAtRisk', { postId: string }>;
export type RecordRedeployment = Decision<'RecordRedeployment', { postId: string; toDescription: string; priorityInterview: boolean }>;
export type StartTrialPeriod = Decision<
  'StartTrialPeriod',
  {
    postId: string;
    designPostId: string | null; // null: a post outside the new function
    startDate: CivilDate;
    endDate: CivilDate;
    extendedByWrittenAgreement?: boolean;
    agreementNote?: string | null;
    rules?: TrialRules;
  }
>;
export type EndTrialPeriod = Decision<'EndTrialPeriod', { postId: string; outcome: TrialOutcome }>;
export type GrantPayProtection = Decision<
  'GrantPayProtection',
  { postId: string; protectedGrade: string; startDate: CivilDate; endDate: CivilDate; rules?: PayProtectionTerms }
>;
export type ReleaseVacancy = Decision<'ReleaseVacancy', { postId: string; dealId: string | null }>;

export type ReassignmentsCommand =
  | RecordSlotIn
  | PlaceInRingFence
  | RecordSelectionOutcome
  | MarkAtRisk
  | RecordRedeployment
  | StartTrialPeriod
  | EndTrialPeriod
  | GrantPayProtection
  | ReleaseVacancy;
