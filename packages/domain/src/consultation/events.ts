import type { DomainEvent } from '../shared/decider';
import type { CivilDate, Money } from '../shared/values';

// One stream per consultation plan; a programme may have several (one per establishment or scenario).
export const CONSULTATION_STREAM_CATEGORY = 'consultationPlan';

// The dates the plan commits to; null until planned. `firstDismissal` is the day the first
// dismissal takes effect, the day the statutory periods count back from.
export const PLAN_DATE_KEYS = [
  'staffBriefing',
  'consultationStart',
  'consultationClose',
  'responseToFeedback',
  'finalStructurePublished',
  'selectionStart',
  'selectionEnd',
  'noticesIssued',
  'appealsClose',
  'firstDismissal',
  'goLive',
  'hr1SentOn',
] as const;
export type PlanDateKey = (typeof PLAN_DATE_KEYS)[number];
export type PlanDates = Record<PlanDateKey, CivilDate | null>;

// A postholder affected by the change, as the transition map stood when the plan was drafted or
// revised. `postholderRef` is the establishment's pseudonymous reference (a name only where the
// tenant allows names); `annualPayPence` is gross pay, the basis of the protective award.
export type Placement = 'slotted' | 'redeployed' | null;
export type AffectedPerson = {
  postId: string;
  postReference: string;
  postholderRef: string;
  annualPayPence: Money;
  atRisk: boolean;
  placement: Placement;
};
// The grade and FTE a placed person moves from and to (TULRCA s.195), read with the affected people;
// its own event so the stored plan events keep their shape.
export type AffectedTerms = { postId: string; fromGrade: string; toGrade: number | null; fromFte: number; toFte: number | null };
// Continuous service and contractual notice per person (ERA 1996 s.86); the notice may come from the
// council's policy pack by grade, else null.
export type ServiceRecord = { postId: string; serviceStart: CivilDate; contractualNoticeWeeks: number | null };
// TULRCA s.188A: employee representatives elected where no union is recognised.
export type ElectedRepresentative = { postId: string; represents: string[] };
export type RepresentativeElection = {
  electedOn: CivilDate;
  termEndsOn: CivilDate;
  representatives: ElectedRepresentative[];
  fairArrangements: boolean;
  allAffectedCouldVote: boolean;
  secretBallot: boolean;
};

export const DISCLOSURE_ITEMS = [
  'reasons',
  'numbers_and_descriptions',
  'totals_by_description',
  'selection_method',
  'dismissal_method_and_timetable',
  'redundancy_pay_method',
  'agency_workers',
] as const;
export type DisclosureItem = (typeof DISCLOSURE_ITEMS)[number];

export const TU_ENGAGEMENT_KINDS = ['meeting', 'letter', 'union_response', 'employer_response'] as const;
export type TuEngagementKind = (typeof TU_ENGAGEMENT_KINDS)[number];
export const MEETING_KINDS = ['first', 'second', 'final', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const INDIVIDUAL_OUTCOMES = ['slotted', 'redeployed', 'dismissed'] as const;
export type IndividualOutcome = (typeof INDIVIDUAL_OUTCOMES)[number];
export const APPEAL_RESULTS = ['pending', 'upheld', 'not_upheld'] as const;
export type AppealResult = (typeof APPEAL_RESULTS)[number];

// Equality Act 2010 s.4: the nine protected characteristics.
export const PROTECTED_CHARACTERISTICS = [
  'age',
  'disability',
  'gender_reassignment',
  'marriage_and_civil_partnership',
  'pregnancy_and_maternity',
  'race',
  'religion_or_belief',
  'sex',
  'sexual_orientation',
] as const;
export type ProtectedCharacteristic = (typeof PROTECTED_CHARACTERISTICS)[number];

type Scope = {
  planId: string;
  programmeId: string;
  title: string;
  establishment: string;
  proposedDismissals: number;
  recognisedUnions: string[];
  affected: AffectedPerson[];
};

export type ConsultationPlanDrafted = DomainEvent<'ConsultationPlanDrafted', Scope & { draftedOn: CivilDate; dates: PlanDates }>;
export type ConsultationPlanRevised = DomainEvent<'ConsultationPlanRevised', Omit<Scope, 'planId' | 'programmeId'>>;
export type ConsultationDatesPlanned = DomainEvent<'ConsultationDatesPlanned', { dates: PlanDates }>;
export type DisclosureGivenInWriting = DomainEvent<
  'DisclosureGivenInWriting',
  { item: DisclosureItem; givenOn: CivilDate; documentRef: string; unions: string[] }
>;
export type TradeUnionEngagementLogged = DomainEvent<
  'TradeUnionEngagementLogged',
  { entryId: string; date: CivilDate; kind: TuEngagementKind; unions: string[]; summary: string }
>;
export type IndividualConsultationMeetingHeld = DomainEvent<
  'IndividualConsultationMeetingHeld',
  { postId: string; meetingId: string; date: CivilDate; kind: MeetingKind; note: string }
>;
export type IndividualOutcomeRecorded = DomainEvent<'IndividualOutcomeRecorded', { postId: string; outcome: IndividualOutcome; decidedOn: CivilDate }>;
export type IndividualAppealRecorded = DomainEvent<
  'IndividualAppealRecorded',
  { postId: string; lodgedOn: CivilDate; result: AppealResult; decidedOn: CivilDate | null }
>;
export type EqualityImpactAssessmentRecorded = DomainEvent<
  'EqualityImpactAssessmentRecorded',
  { documentRef: string; assessedOn: CivilDate; findings: string }
>;
export type ProtectedCharacteristicsRecorded = DomainEvent<
  'ProtectedCharacteristicsRecorded',
  { entries: { postId: string; characteristics: Partial<Record<ProtectedCharacteristic, string>> }[] }
>;
// The rule versions in force when it was launched, so a replay shows what the plan was held to.
export type ConsultationLaunched = DomainEvent<
  'ConsultationLaunched',
  { launchedOn: CivilDate; submissionId: string; ruleIds: string[]; collectiveRequired: boolean; minimumDays: number | null; hr1Deadline: CivilDate | null }
>;

export type AffectedTermsRead = DomainEvent<'AffectedTermsRead', { entries: AffectedTerms[] }>;
export type ContinuousServiceRecorded = DomainEvent<'ContinuousServiceRecorded', { entries: ServiceRecord[] }>;
export type EmployeeRepresentativesElected = DomainEvent<'EmployeeRepresentativesElected', RepresentativeElection>;

export type ConsultationEvent =
  | ConsultationPlanDrafted
  | ConsultationPlanRevised
  | ConsultationDatesPlanned
  | DisclosureGivenInWriting
  | TradeUnionEngagementLogged
  | IndividualConsultationMeetingHeld
  | IndividualOutcomeRecorded
  | IndividualAppealRecorded
  | EqualityImpactAssessmentRecorded
  | ProtectedCharacteristicsRecorded
  | ConsultationLaunched
  | AffectedTermsRead
  | ContinuousServiceRecorded
  | EmployeeRepresentativesElected;
