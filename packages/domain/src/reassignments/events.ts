import type { DomainEvent } from '../shared/decider';
import type { PayProtectionTaper, ProtectionStep } from '../policy';
import type { CivilDate, Fte } from '../shared/values';

// The transition from as-is posts to the chosen design's posts; one stream per programme.
export const REASSIGNMENTS_STREAM_CATEGORY = 'reassignments';

// `fte` is the as-is post's FTE when the decision was made: what it brings to the to-be post.
export type SlotInRecorded = DomainEvent<
  'SlotInRecorded',
  { postId: string; designPostId: string; jobMatchPercent: number; minimumJobMatchPercent: number; fte: Fte; reason: string }
>;
export type RingFencePoolFormed = DomainEvent<
  'RingFencePoolFormed',
  { poolId: string; name: string; postIds: string[]; designPostIds: string[]; reason: string }
>;
export type SelectionOutcomeRecorded = DomainEvent<
  'SelectionOutcomeRecorded',
  { poolId: string; postId: string; outcome: 'appointed' | 'not_appointed'; designPostId: string | null; fte: Fte; reason: string }
>;
export type PostholderAtRisk = DomainEvent<'PostholderAtRisk', { postId: string; reason: string }>;
export type RedeploymentRecorded = DomainEvent<'RedeploymentRecorded', { postId: string; toDescription: string; priorityInterview: boolean; reason: string }>;
export type TrialPeriodStarted = DomainEvent<
  'TrialPeriodStarted',
  {
    postId: string;
    designPostId: string | null;
    startDate: CivilDate;
    endDate: CivilDate;
    extendedByWrittenAgreement: boolean;
    agreementNote: string | null;
    fte: Fte;
    reason: string;
  }
>;
export type TrialPeriodEnded = DomainEvent<'TrialPeriodEnded', { postId: string; outcome: 'confirmed' | 'unsuitable'; reason: string }>;
export type PayProtectionGranted = DomainEvent<
  'PayProtectionGranted',
  // taper and steps: the council's, from its policy pack (version 2; version 1 reads as full).
  {
    postId: string;
    protectedGrade: string;
    startDate: CivilDate;
    endDate: CivilDate;
    maximumMonths: number;
    taper: PayProtectionTaper;
    steps: ProtectionStep[];
    reason: string;
  }
>;
export type VacancyReleased = DomainEvent<'VacancyReleased', { postId: string; dealId: string | null; reason: string }>;

export type ReassignmentsEvent =
  | SlotInRecorded
  | RingFencePoolFormed
  | SelectionOutcomeRecorded
  | PostholderAtRisk
  | RedeploymentRecorded
  | TrialPeriodStarted
  | TrialPeriodEnded
  | PayProtectionGranted
  | VacancyReleased;
