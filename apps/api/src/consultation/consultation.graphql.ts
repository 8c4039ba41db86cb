import { Field, ID, InputType, Int, IntersectionType, ObjectType } from '@nestjs/graphql';
import {
  APPEAL_RESULTS,
  DISCLOSURE_ITEMS,
  INDIVIDUAL_OUTCOMES,
  MEETING_KINDS,
  PROTECTED_CHARACTERISTICS,
  TU_ENGAGEMENT_KINDS,
  type AppealResult,
  type DisclosureItem,
  type IndividualOutcome,
  type MeetingKind,
  type ProtectedCharacteristic,
  type TuEngagementKind,
} from '@orgledger/domain';
import { CommandInput, enumOf, inputOf, PenceScalar, ProgrammeCommandInput } from '../platform/graphql';
import { DaGateView } from '../design-authority';
import { DismissalCountView, RepresentativeElectionView, ServiceView } from './consultation.law.graphql';

export const DisclosureItemEnum = enumOf('DisclosureItem', DISCLOSURE_ITEMS, { description: 'The written disclosures of TULRCA s.188(4)' });
export const TuEngagementKindEnum = enumOf('TradeUnionEngagementKind', TU_ENGAGEMENT_KINDS);
export const MeetingKindEnum = enumOf('IndividualMeetingKind', MEETING_KINDS);
export const IndividualOutcomeEnum = enumOf('IndividualConsultationOutcome', INDIVIDUAL_OUTCOMES);
export const AppealResultEnum = enumOf('AppealResult', APPEAL_RESULTS);
export const ProtectedCharacteristicEnum = enumOf('ProtectedCharacteristic', PROTECTED_CHARACTERISTICS, { description: 'Equality Act 2010 s.4' });

@ObjectType({ description: 'The dates the plan commits to; null until planned' })
export class PlanDatesView {
  @Field(() => String, { nullable: true }) staffBriefing: string | null;
  @Field(() => String, { nullable: true }) consultationStart: string | null;
  @Field(() => String, { nullable: true }) consultationClose: string | null;
  @Field(() => String, { nullable: true }) responseToFeedback: string | null;
  @Field(() => String, { nullable: true }) finalStructurePublished: string | null;
  @Field(() => String, { nullable: true }) selectionStart: string | null;
  @Field(() => String, { nullable: true }) selectionEnd: string | null;
  @Field(() => String, { nullable: true }) noticesIssued: string | null;
  @Field(() => String, { nullable: true }) appealsClose: string | null;
  @Field(() => String, { nullable: true, description: 'The day the first dismissal takes effect' }) firstDismissal: string | null;
  @Field(() => String, { nullable: true }) goLive: string | null;
  @Field(() => String, { nullable: true }) hr1SentOn: string | null;
}

@InputType({ description: 'Only the dates given change; null clears a date' })
export class PlanDatesInput extends inputOf(PlanDatesView) {}

@ObjectType({ description: 'What the law asks of this plan, from the rule versions in force on its dates' })
export class StatutoryFiguresView {
  @Field({ description: 'The date whose rules apply' }) ruleDate: string;
  @Field() collectiveRequired: boolean;
  @Field(() => Int, { nullable: true }) minimumDays: number | null;
  @Field() collectiveRuleId: string;
  @Field() collectiveRule: string;
  @Field() collectiveSource: string;
  @Field() hr1Required: boolean;
  @Field(() => Int, { nullable: true }) hr1LeadDays: number | null;
  @Field(() => String, { nullable: true }) hr1Deadline: string | null;
  @Field() hr1OnlineFormOnly: boolean;
  @Field() hr1RuleId: string;
  @Field() hr1Rule: string;
  @Field() hr1Source: string;
  @Field(() => String, { nullable: true }) earliestFirstDismissal: string | null;
  @Field(() => String, { nullable: true }) latestConsultationStart: string | null;
}

@ObjectType({ description: 'A rule the plan breaks; while any remains, the plan stays a draft' })
export class PlanWarningView {
  @Field() code: string;
  @Field() message: string;
  @Field() rule: string;
  @Field() source: string;
  @Field(() => [String], { description: 'The plan dates involved' }) dates: string[];
}

@ObjectType()
export class DisclosureView {
  @Field(() => DisclosureItemEnum) item: DisclosureItem;
  @Field() label: string;
  @Field() given: boolean;
  @Field(() => String, { nullable: true }) givenOn: string | null;
  @Field(() => String, { nullable: true }) documentRef: string | null;
  @Field(() => [String]) unions: string[];
}

@ObjectType()
export class TradeUnionEngagementView {
  @Field(() => ID) entryId: string;
  @Field() date: string;
  @Field(() => TuEngagementKindEnum) kind: TuEngagementKind;
  @Field(() => [String]) unions: string[];
  @Field() summary: string;
}

@ObjectType()
export class IndividualMeetingView {
  @Field(() => ID) meetingId: string;
  @Field() date: string;
  @Field(() => MeetingKindEnum) kind: MeetingKind;
  @Field() note: string;
}

@ObjectType()
export class IndividualAppealView {
  @Field() lodgedOn: string;
  @Field(() => AppealResultEnum) result: AppealResult;
  @Field(() => String, { nullable: true }) decidedOn: string | null;
}

@ObjectType({ description: 'One affected person, pseudonymous unless the tenant allows names' })
export class IndividualConsultationView {
  @Field(() => ID) postId: string;
  @Field() postReference: string;
  @Field() person: string;
  @Field() atRisk: boolean;
  @Field(() => String, { nullable: true, description: 'From the transition map: slotted or redeployed' }) placement: string | null;
  @Field(() => [IndividualMeetingView]) meetings: IndividualMeetingView[];
  @Field(() => IndividualOutcomeEnum, { nullable: true }) outcome: IndividualOutcome | null;
  @Field(() => String, { nullable: true }) outcomeDecidedOn: string | null;
  @Field(() => IndividualAppealView, { nullable: true }) appeal: IndividualAppealView | null;
  @Field({ description: 'Put at risk (even if since redeployed), or placed on materially different terms (s.195)' }) proposedForDismissal: boolean;
  @Field(() => ServiceView, { nullable: true }) service: ServiceView | null;
}

@ObjectType()
export class TimelineBarView {
  @Field() key: string;
  @Field() label: string;
  @Field() start: string;
  @Field() end: string;
}

@ObjectType()
export class TimelineConstraintView {
  @Field() key: string;
  @Field() label: string;
  @Field() date: string;
  @Field() rule: string;
  @Field() source: string;
}

@ObjectType({ description: 'A Gantt-style view of the plan with the statutory lines drawn on it' })
export class ConsultationTimelineView {
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
  @Field(() => [TimelineBarView]) bars: TimelineBarView[];
  @Field(() => [TimelineConstraintView]) constraints: TimelineConstraintView[];
}

@ObjectType()
export class ExposureLineView {
  @Field(() => ID) postId: string;
  @Field() person: string;
  @Field(() => PenceScalar) annualPayPence: number;
  @Field(() => PenceScalar) maximumPence: number;
}

@ObjectType({ description: 'The most a protective award could cost if the plan breaks s.188' })
export class ProtectiveAwardExposureView {
  @Field() applies: boolean;
  @Field({ description: 'Whether the plan breaks a collective-consultation rule now' }) breached: boolean;
  @Field() ruleId: string;
  @Field() rule: string;
  @Field() source: string;
  @Field() toBeConfirmed: boolean;
  @Field() ruleDate: string;
  @Field(() => Int) maximumDays: number;
  @Field() basis: string;
  @Field(() => [ExposureLineView]) people: ExposureLineView[];
  @Field(() => PenceScalar) totalPence: number;
}

@ObjectType()
export class EqiaView {
  @Field() documentRef: string;
  @Field() assessedOn: string;
  @Field() findings: string;
}

@ObjectType()
export class EqualityProfileRowView {
  @Field(() => ProtectedCharacteristicEnum) characteristic: ProtectedCharacteristic;
  @Field() category: string;
  @Field(() => [Int], { nullable: 'items', description: 'Per stage; null where suppressed (fewer than 5)' }) counts: (number | null)[];
}

@ObjectType()
export class EqualityImpactView {
  @Field(() => EqiaView, { nullable: true }) assessment: EqiaView | null;
  @Field(() => [String]) stages: string[];
  @Field(() => [Int]) stageTotals: number[];
  @Field(() => [EqualityProfileRowView]) rows: EqualityProfileRowView[];
  @Field(() => Int) suppressBelow: number;
}

@ObjectType({ description: 'A staff consultation plan for an approved change' })
export class ConsultationPlanView {
  @Field(() => ID) planId: string;
  @Field(() => ID) programmeId: string;
  @Field() title: string;
  @Field({ description: 'The establishment (TULRCA s.188) the dismissals are proposed at' }) establishment: string;
  @Field(() => Int, { description: 'Proposed dismissals as typed on the plan; the thresholds use dismissals.counted' }) proposedDismissals: number;
  @Field(() => [String]) recognisedUnions: string[];
  @Field() status: string;
  @Field() draftedOn: string;
  @Field(() => String, { nullable: true }) launchedOn: string | null;
  @Field(() => [String]) launchRuleIds: string[];
  @Field(() => Int) revision: number;
  @Field(() => PlanDatesView) dates: PlanDatesView;
  @Field(() => StatutoryFiguresView) figures: StatutoryFiguresView;
  @Field(() => [PlanWarningView]) warnings: PlanWarningView[];
  @Field(() => DaGateView) gate: DaGateView;
  @Field(() => [DisclosureView]) disclosures: DisclosureView[];
  @Field(() => [TradeUnionEngagementView]) tradeUnionLog: TradeUnionEngagementView[];
  @Field(() => [IndividualConsultationView]) individuals: IndividualConsultationView[];
  @Field(() => ConsultationTimelineView) timeline: ConsultationTimelineView;
  @Field(() => ProtectiveAwardExposureView) exposure: ProtectiveAwardExposureView;
  @Field(() => EqualityImpactView) equality: EqualityImpactView;
  @Field(() => DismissalCountView) dismissals: DismissalCountView;
  @Field(() => RepresentativeElectionView, { nullable: true }) election: RepresentativeElectionView | null;
}

@InputType({ isAbstract: true })
export class PlanCommandInput extends CommandInput {
  @Field(() => ID) planId: string;
}

// The scope a plan is drafted with and revised to.
@InputType({ isAbstract: true })
export class PlanScopeInput {
  @Field() title: string;
  @Field() establishment: string;
  @Field(() => Int) proposedDismissals: number;
  @Field(() => [String]) recognisedUnions: string[];
}

@InputType()
export class DraftConsultationPlanInput extends IntersectionType(ProgrammeCommandInput, PlanScopeInput) {
  @Field(() => PlanDatesInput, { nullable: true }) dates?: PlanDatesInput | null;
}

@InputType({ description: 'Changes the scope; the affected people are read again from the transition map' })
export class ReviseConsultationPlanInput extends IntersectionType(PlanCommandInput, PlanScopeInput) {}

@InputType()
export class PlanConsultationDatesInput extends PlanCommandInput {
  @Field(() => PlanDatesInput) dates: PlanDatesInput;
  @Field(() => Int, { nullable: true, description: 'The revision the screen showed; a later change is a CONFLICT' }) expectedRevision?: number | null;
}

@InputType()
export class RecordDisclosureInput extends PlanCommandInput {
  @Field(() => DisclosureItemEnum) item: DisclosureItem;
  @Field() givenOn: string;
  @Field() documentRef: string;
}

@InputType()
export class LogTradeUnionEngagementInput extends PlanCommandInput {
  @Field() date: string;
  @Field(() => TuEngagementKindEnum) kind: TuEngagementKind;
  @Field(() => [String]) unions: string[];
  @Field() summary: string;
}

@InputType()
export class RecordIndividualMeetingInput extends PlanCommandInput {
  @Field(() => ID) postId: string;
  @Field() date: string;
  @Field(() => MeetingKindEnum) kind: MeetingKind;
  @Field() note: string;
}

@InputType()
export class RecordIndividualOutcomeInput extends PlanCommandInput {
  @Field(() => ID) postId: string;
  @Field(() => IndividualOutcomeEnum) outcome: IndividualOutcome;
  @Field() decidedOn: string;
}

@InputType()
export class RecordIndividualAppealInput extends PlanCommandInput {
  @Field(() => ID) postId: string;
  @Field() lodgedOn: string;
  @Field(() => AppealResultEnum) result: AppealResult;
  @Field(() => String, { nullable: true }) decidedOn?: string | null;
}

@InputType()
export class RecordEqualityImpactAssessmentInput extends PlanCommandInput {
  @Field() documentRef: string;
  @Field() assessedOn: string;
  @Field() findings: string;
}

@InputType({ description: 'One protected characteristic of one affected person, as a category the council uses' })
export class CharacteristicEntryInput {
  @Field(() => ID) postId: string;
  @Field(() => ProtectedCharacteristicEnum) characteristic: ProtectedCharacteristic;
  @Field() category: string;
}

@InputType()
export class RecordProtectedCharacteristicsInput extends PlanCommandInput {
  @Field(() => [CharacteristicEntryInput]) entries: CharacteristicEntryInput[];
}

@InputType()
export class LaunchConsultationInput extends PlanCommandInput {}
