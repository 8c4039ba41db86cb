import type { SubmissionCore } from '../authority-decisions';
import type { Command } from '../shared/decider';
import type { OtherProposal } from './dismissals';
import type { CivilDate } from '../shared/values';
import type {
  AffectedPerson,
  AffectedTerms,
  AppealResult,
  DisclosureItem,
  IndividualOutcome,
  MeetingKind,
  PlanDates,
  ProtectedCharacteristic,
  RepresentativeElection,
  ServiceRecord,
  TuEngagementKind,
} from './events';

// `affected` and `terms` are read by the API from the transition map and the establishment, not typed by a user.
type ScopeInput = {
  title: string;
  establishment: string;
  proposedDismissals: number;
  recognisedUnions: string[];
  affected: AffectedPerson[];
  terms?: AffectedTerms[];
};

export type DraftConsultationPlan = Command<'DraftConsultationPlan', ScopeInput & { planId: string; programmeId: string; dates: Partial<PlanDates> }>;
export type ReviseConsultationPlan = Command<'ReviseConsultationPlan', ScopeInput>;
export type PlanConsultationDates = Command<'PlanConsultationDates', { dates: Partial<PlanDates> }>;
export type RecordDisclosure = Command<'RecordDisclosure', { item: DisclosureItem; givenOn: CivilDate; documentRef: string }>;
export type LogTradeUnionEngagement = Command<
  'LogTradeUnionEngagement',
  { entryId: string; date: CivilDate; kind: TuEngagementKind; unions: string[]; summary: string }
>;
export type RecordIndividualMeeting = Command<
  'RecordIndividualMeeting',
  { postId: string; meetingId: string; date: CivilDate; kind: MeetingKind; note: string }
>;
export type RecordIndividualOutcome = Command<'RecordIndividualOutcome', { postId: string; outcome: IndividualOutcome; decidedOn: CivilDate }>;
export type RecordIndividualAppeal = Command<
  'RecordIndividualAppeal',
  { postId: string; lodgedOn: CivilDate; result: AppealResult; decidedOn: CivilDate | null }
>;
export type RecordEqualityImpactAssessment = Command<'RecordEqualityImpactAssessment', { documentRef: string; assessedOn: CivilDate; findings: string }>;
export type RecordProtectedCharacteristics = Command<
  'RecordProtectedCharacteristics',
  { entries: { postId: string; characteristics: Partial<Record<ProtectedCharacteristic, string>> }[] }
>;
export type RecordContinuousService = Command<'RecordContinuousService', { entries: ServiceRecord[] }>;
export type ElectEmployeeRepresentatives = Command<'ElectEmployeeRepresentatives', RepresentativeElection>;
// The API reads the programme's Design Authority stream and passes its submissions in.
// `others`: the council's other plans, for the s.188(3) aggregation.
export type LaunchConsultation = Command<'LaunchConsultation', { designAuthority: { submissions: SubmissionCore[] }; others?: OtherProposal[] }>;

export type ConsultationCommand =
  | DraftConsultationPlan
  | ReviseConsultationPlan
  | PlanConsultationDates
  | RecordDisclosure
  | LogTradeUnionEngagement
  | RecordIndividualMeeting
  | RecordIndividualOutcome
  | RecordIndividualAppeal
  | RecordEqualityImpactAssessment
  | RecordProtectedCharacteristics
  | LaunchConsultation
  | RecordContinuousService
  | ElectEmployeeRepresentatives;
