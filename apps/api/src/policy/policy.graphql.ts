import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { INCREMENTAL_DATES, PAY_PROTECTION_TAPERS, type IncrementalDate, type PayProtectionTaper } from '@orgledger/domain';
import { AuthorityCommandInput, enumOf, inputOf, PenceScalar } from '../platform/graphql';

export const PayProtectionTaperEnum = enumOf('PayProtectionTaper', PAY_PROTECTION_TAPERS, {
  valueDescriptions: {
    full: "The former grade's pay for the whole period",
    stepped: 'A share of the difference that falls step by step',
    frozen: 'Pay frozen at the old rate, without pay awards, until the new grade catches up or the period ends',
  },
});
export const IncrementalDateEnum = enumOf('IncrementalDate', INCREMENTAL_DATES, {
  valueDescriptions: { april_1: 'Increments on 1 April', appointment_anniversary: 'Increments on the anniversary of appointment' },
});
export const POLICY_ORIGINS = ['council', 'national_default'] as const;
export const PolicyOriginEnum = enumOf('PolicyOrigin', POLICY_ORIGINS, { description: "The council's own pack, or the national default where it has none" });

@ObjectType()
export class ProtectionStepView {
  @Field(() => Int) months: number;
  @Field(() => Int, { description: 'Share of the pay difference protected in this step, in percent' }) percentOfDifference: number;
}

@ObjectType()
export class PayProtectionPolicyView {
  @Field(() => PayProtectionTaperEnum) taper: PayProtectionTaper;
  @Field(() => Int, { description: 'How long protection lasts' }) months: number;
  @Field(() => [ProtectionStepView], { description: 'For a stepped taper, in order' }) steps: ProtectionStepView[];
}

@ObjectType({ description: 'Discretionary compensation under SI 2006/2914 (regs. 5 and 6)' })
export class DiscretionaryCompensationPolicyView {
  @Field({ description: "Reg. 5: redundancy pay on the actual week's pay instead of the statutory cap" }) actualWeeksPay: boolean;
  @Field(() => Int, { description: 'Reg. 6: the statutory weeks × this percent (100 = statutory only)' }) multiplierPercent: number;
  @Field(() => Int, { description: "At most this many weeks' pay in all (104 at most, reg. 6)" }) maximumWeeks: number;
}

@ObjectType()
export class NoticeBandView {
  @Field(() => Int) fromGrade: number;
  @Field(() => Int, { nullable: true, description: 'Null: this grade and above' }) toGrade: number | null;
  @Field(() => Int) weeks: number;
}

@ObjectType()
export class NoticePolicyView {
  @Field(() => Int, { description: 'Contractual notice for a grade in no band (0: the statutory minimum only)' }) defaultWeeks: number;
  @Field(() => [NoticeBandView]) byGrade: NoticeBandView[];
}

@ObjectType()
export class PolicyPackView {
  @Field(() => Int) slotInMinimumJobMatchPercent: number;
  @Field(() => Int, { nullable: true, description: "Grades below the to-be post's grade a ring fence may draw from; null: no limit" })
  ringFenceGradesBelow: number | null;
  @Field(() => Int, { nullable: true, description: "Grades above the to-be post's grade a ring fence may draw from; null: no limit" })
  ringFenceGradesAbove: number | null;
  @Field(() => Int, { nullable: true, description: 'Longest trial by written agreement for retraining (4 weeks is statutory); null: no maximum' })
  trialMaximumWeeks: number | null;
  @Field(() => PayProtectionPolicyView) payProtection: PayProtectionPolicyView;
  @Field(() => DiscretionaryCompensationPolicyView) discretionaryCompensation: DiscretionaryCompensationPolicyView;
  @Field(() => NoticePolicyView) notice: NoticePolicyView;
  @Field(() => IncrementalDateEnum) incrementalDate: IncrementalDate;
}

@ObjectType()
export class PolicyPackVersionView {
  @Field(() => Int) version: number;
  @Field() effectiveFrom: string;
  @Field() reason: string;
  @Field(() => PolicyPackView) pack: PolicyPackView;
}

@ObjectType()
export class PolicyInForceView {
  @Field(() => PolicyOriginEnum) origin: (typeof POLICY_ORIGINS)[number];
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => String, { nullable: true }) effectiveFrom: string | null;
  @Field({ description: 'Says which pack this is, and that it is the national default where the council has none' }) label: string;
  @Field(() => PolicyPackView) pack: PolicyPackView;
}

@ObjectType({ description: "A council's policy pack: the one in force on the date asked about, and every version recorded" })
export class CouncilPolicy {
  @Field() authorityId: string;
  @Field({ description: 'The date the pack in force was read for' }) on: string;
  @Field(() => PolicyInForceView) inForce: PolicyInForceView;
  @Field(() => [PolicyPackVersionView], { description: 'Every version, in the order recorded' }) versions: PolicyPackVersionView[];
}

@InputType()
export class ProtectionStepInput extends inputOf(ProtectionStepView) {}

@InputType()
export class PayProtectionPolicyInput {
  @Field(() => PayProtectionTaperEnum) taper: PayProtectionTaper;
  @Field(() => Int, { nullable: true, description: 'For a full or frozen taper; a stepped taper takes its length from its steps' }) months?: number;
  @Field(() => [ProtectionStepInput], { nullable: true }) steps?: ProtectionStepInput[];
}

@InputType()
export class DiscretionaryCompensationPolicyInput extends inputOf(DiscretionaryCompensationPolicyView) {}

@InputType()
export class NoticeBandInput extends inputOf(NoticeBandView) {}

@InputType()
export class NoticePolicyInput {
  @Field(() => Int) defaultWeeks: number;
  @Field(() => [NoticeBandInput], { nullable: true }) byGrade?: NoticeBandInput[];
}

@InputType()
export class RecordPolicyPackInput extends AuthorityCommandInput {
  @Field({ description: 'The civil date (YYYY-MM-DD) from which this version is in force' }) effectiveFrom: string;
  @Field(() => Int) slotInMinimumJobMatchPercent: number;
  @Field(() => Int, { nullable: true }) ringFenceGradesBelow?: number | null;
  @Field(() => Int, { nullable: true }) ringFenceGradesAbove?: number | null;
  @Field(() => Int, { nullable: true }) trialMaximumWeeks?: number | null;
  @Field(() => PayProtectionPolicyInput) payProtection: PayProtectionPolicyInput;
  @Field(() => DiscretionaryCompensationPolicyInput) discretionaryCompensation: DiscretionaryCompensationPolicyInput;
  @Field(() => NoticePolicyInput) notice: NoticePolicyInput;
  @Field(() => IncrementalDateEnum) incrementalDate: IncrementalDate;
}

@ObjectType({ description: "What the council's discretionary compensation policy pays beyond statutory redundancy pay (SI 2006/2914)" })
export class DiscretionaryCompensationView {
  @Field(() => PenceScalar) statutoryPence: number;
  @Field(() => PenceScalar, { description: "Reg. 5: the statutory weeks on the actual week's pay instead of the cap" }) regulation5Pence: number;
  @Field(() => PenceScalar, { description: 'Reg. 6: the lump sum the multiplier adds' }) regulation6Pence: number;
  @Field(() => PenceScalar, { description: 'Reg. 5 and reg. 6 together, beside statutory redundancy pay' }) discretionaryPence: number;
  @Field(() => PenceScalar) totalPence: number;
  @Field(() => PenceScalar) weeklyPayUsedPence: number;
  @Field({ description: "Held to the policy's maximum weeks" }) limitedToMaximum: boolean;
  @Field() reason: string;
  @Field({ description: 'The regulations the payment is made under' }) source: string;
  @Field({ description: 'Which policy pack was read: the one in force on the dismissal date, or the national default' }) policyLabel: string;
}
