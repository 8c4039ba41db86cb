import { Field, ID, InputType, Int, ObjectType, PickType } from '@nestjs/graphql';
import { DA_DECISIONS, type DaDecision } from '@orgledger/domain';
import { enumOf, PenceScalar, ProgrammeCommandInput } from '../platform/graphql';

export const DaDecisionEnum = enumOf('DesignAuthorityDecisionKind', DA_DECISIONS);

@ObjectType()
export class DaConditionView {
  @Field(() => ID) conditionId: string;
  @Field() text: string;
  @Field() owner: string;
  @Field() dueDate: string;
  @Field({ description: 'Must be discharged before consultation and recruitment' }) blocking: boolean;
  @Field() discharged: boolean;
  @Field(() => String, { nullable: true }) dischargedOn: string | null;
  @Field(() => String, { nullable: true }) evidence: string | null;
}

@ObjectType()
export class DaDecisionView {
  @Field(() => DaDecisionEnum) decision: DaDecision;
  @Field() meetingDate: string;
  @Field(() => String, { nullable: true }) asksFor: string | null;
  @Field(() => String, { nullable: true }) reasons: string | null;
}

@ObjectType()
export class SnapshotPostCost {
  @Field(() => ID) designPostId: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) grade: string | null;
  @Field(() => Int) fte: number;
  @Field(() => PenceScalar) pence: number;
  @Field({ description: 'False: the post had no grade yet and shows its indicative figure, outside the total' }) costedInFull: boolean;
}

@ObjectType()
export class SnapshotCostLineView {
  @Field() label: string;
  @Field(() => PenceScalar) pence: number;
  @Field(() => String, { nullable: true, description: 'For one-off costs: what kind' }) kind: string | null;
}

@ObjectType({ description: "Whether the council's finance partner had signed off the budget of the year when the proposal was submitted" })
export class SnapshotFinanceSignOffView {
  @Field() signedOff: boolean;
  @Field(() => String, { nullable: true }) signedOn: string | null;
  @Field({ description: 'The sign-off was of the figures submitted' }) current: boolean;
}

@ObjectType()
export class SnapshotFundingYearView {
  @Field() financialYear: string;
  @Field(() => PenceScalar) agreedPence: number;
  @Field(() => PenceScalar) pipelinePence: number;
  @Field(() => PenceScalar) neededPence: number;
  @Field(() => PenceScalar) gapPence: number;
}

@ObjectType()
export class SnapshotDealView {
  @Field(() => ID) dealId: string;
  @Field() serviceName: string;
  @Field() status: string;
  @Field(() => Int) fte: number;
}

@ObjectType()
export class SnapshotGradingView {
  @Field(() => ID) designPostId: string;
  @Field() jd: string;
  @Field() evaluation: string;
  @Field(() => String, { nullable: true }) grade: string | null;
}

@ObjectType({ description: 'The proposal exactly as it was submitted' })
export class DaSnapshotView {
  @Field(() => ID) optionId: string;
  @Field() optionName: string;
  @Field(() => [SnapshotPostCost]) posts: SnapshotPostCost[];
  @Field(() => PenceScalar, { description: "The year's recurring cost: posts in full plus non-pay (the funding need)" }) totalCostPence: number;
  @Field(() => String, { nullable: true, description: 'The financial year costed (null for submissions before it was recorded)' }) financialYear: string | null;
  @Field(() => String, { nullable: true }) goLiveDate: string | null;
  @Field(() => [SnapshotCostLineView]) nonPay: SnapshotCostLineView[];
  @Field(() => PenceScalar, { description: 'Posts with no grade yet at their indicative figure: not in the total' }) notGradedPence: number;
  @Field(() => [SnapshotCostLineView]) oneOffCosts: SnapshotCostLineView[];
  @Field(() => PenceScalar, { description: 'One-off transition costs: beside the recurring total, not in it' }) oneOffPence: number;
  @Field(() => SnapshotFinanceSignOffView, { nullable: true, description: 'Null for submissions before it was recorded' })
  financeSignOff: SnapshotFinanceSignOffView | null;
  @Field({ description: 'How the costs were computed, with the reference table ids and LGPS rate used' }) costingBasis: string;
  @Field(() => Int) agreedFte: number;
  @Field(() => Int) neededFte: number;
  @Field(() => Int) gapFte: number;
  @Field(() => [SnapshotFundingYearView]) fundingByYear: SnapshotFundingYearView[];
  @Field(() => [SnapshotDealView]) deals: SnapshotDealView[];
  @Field(() => [SnapshotGradingView]) grading: SnapshotGradingView[];
  @Field() consultationOutline: string;
}

@ObjectType()
export class DaSubmissionView {
  @Field(() => ID) submissionId: string;
  @Field() submittedOn: string;
  @Field() status: string;
  @Field(() => ID, { nullable: true }) supersededBy: string | null;
  @Field(() => DaDecisionView, { nullable: true }) decision: DaDecisionView | null;
  @Field(() => [DaConditionView]) conditions: DaConditionView[];
  @Field(() => DaSnapshotView) snapshot: DaSnapshotView;
}

@ObjectType()
export class OpenBlockingConditionView {
  @Field(() => ID) conditionId: string;
  @Field() text: string;
  @Field() owner: string;
  @Field() dueDate: string;
}

@ObjectType({ description: 'Whether consultation and recruitment may go ahead' })
export class DaGateView {
  @Field() open: boolean;
  @Field() reason: string;
  @Field(() => ID, { nullable: true }) submissionId: string | null;
  @Field(() => DaDecisionEnum, { nullable: true }) decision: DaDecision | null;
  @Field(() => [OpenBlockingConditionView]) openBlockingConditions: OpenBlockingConditionView[];
}

@ObjectType()
export class DesignAuthorityView {
  @Field(() => ID) programmeId: string;
  @Field(() => [DaSubmissionView], { description: 'Oldest first; the last is the one in front of the Design Authority' }) submissions: DaSubmissionView[];
  @Field(() => DaGateView) gate: DaGateView;
}

@InputType()
export class SubmitToDesignAuthorityInput extends ProgrammeCommandInput {
  @Field() consultationOutline: string;
  @Field({ nullable: true, description: 'The year to cost, e.g. 2026/27; the current financial year when omitted' }) financialYear?: string;
}

@InputType()
export class DaConditionInput extends PickType(DaConditionView, ['text', 'owner', 'dueDate', 'blocking'] as const, InputType) {}

@InputType()
export class RecordDesignAuthorityDecisionInput extends ProgrammeCommandInput {
  @Field(() => ID) submissionId: string;
  @Field(() => DaDecisionEnum) decision: DaDecision;
  @Field(() => [DaConditionInput], { nullable: true }) conditions?: DaConditionInput[];
  @Field({ nullable: true }) asksFor?: string;
  @Field({ nullable: true }) reasons?: string;
  @Field() meetingDate: string;
}

@InputType()
export class DischargeConditionInput extends ProgrammeCommandInput {
  @Field(() => ID) submissionId: string;
  @Field(() => ID) conditionId: string;
  @Field() evidence: string;
}
