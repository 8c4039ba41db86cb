import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { SCP_POLICIES, type ScpPolicy } from '@orgledger/domain';
import { enumOf, inputOf, PenceScalar, ProgrammeCommandInput } from '../platform/graphql';
import { DiscretionaryCompensationView } from '../policy';
import { IndicativePostCost, OneOffCostView, PartYearView } from './programme-costs.graphql';

export const ScpPolicyEnum = enumOf('ScpPolicy', SCP_POLICIES, {
  description: 'Which point of the grade a post is budgeted at; ACTUAL uses the SCP of the as-is post that fills it',
});

@ObjectType()
export class LgpsRateUsed {
  @Field(() => Int) rateBp: number;
  @Field() effectiveFrom: string;
  @Field() source: string;
}

@ObjectType({ description: 'An employer NI relief applied: 0% up to the threshold, the full rate above it' })
export class NiReliefUsed {
  @Field({ description: 'NI category letter: H (apprentice under 25) or M (under 21)' }) category: string;
  @Field(() => PenceScalar) thresholdPenceYear: number;
  @Field() rule: string;
}

@ObjectType({ description: 'Which figures a cost came from, so a replay reproduces it' })
export class CostBasis {
  @Field() financialYear: string;
  @Field(() => ScpPolicyEnum) policy: ScpPolicy;
  @Field(() => Int) scpUsed: number;
  @Field(() => PenceScalar, { description: 'Full-time annual pay at that SCP' }) annualPayPence: number;
  @Field() payTableId: string;
  @Field() niTableId: string;
  @Field() levyTableId: string;
  @Field(() => LgpsRateUsed) lgpsRate: LgpsRateUsed;
  @Field({ description: '1 April: pay and LGPS' }) date: string;
  @Field({ description: '6 April: employer NI and levy' }) taxYearDate: string;
  @Field(() => [String]) unconfirmedTableIds: string[];
  @Field(() => NiReliefUsed, { nullable: true }) niRelief: NiReliefUsed | null;
  @Field(() => [String], { description: 'What the figures assume where a fact is missing' }) notes: string[];
}

@ObjectType()
export class PayTotals {
  @Field(() => PenceScalar) salaryPence: number;
  @Field(() => PenceScalar) niPence: number;
  @Field(() => PenceScalar) lgpsPence: number;
  @Field(() => PenceScalar) levyPence: number;
  @Field(() => PenceScalar) allowancesPence: number;
  @Field(() => PenceScalar) totalPence: number;
}

@ObjectType()
export class PostCost extends PayTotals {
  @Field(() => PenceScalar, { description: 'The allowances LGPS applies to (reg. 20)' }) pensionableAllowancesPence: number;
  @Field(() => ID) designPostId: string;
  @Field() title: string;
  @Field(() => Int, { description: 'FTE in thousandths' }) fte: number;
  @Field() grade: string;
  @Field(() => Int) minScp: number;
  @Field(() => Int) maxScp: number;
  @Field({ description: 'Graded by an approved evaluation of the approved JD; false = the design grade, provisional' }) final: boolean;
  @Field(() => CostBasis) basis: CostBasis;
}

@ObjectType()
export class OptionCost {
  @Field(() => ID) programmeId: string;
  @Field(() => ID) optionId: string;
  @Field() optionName: string;
  @Field() financialYear: string;
  @Field(() => ScpPolicyEnum) policy: ScpPolicy;
  @Field(() => [PostCost]) posts: PostCost[];
  @Field(() => PayTotals) totals: PayTotals;
  @Field(() => Int, { description: 'Posts costed at a provisional grade' }) provisionalPosts: number;
  @Field(() => [IndicativePostCost], { description: 'Posts with no grade yet: shown at their indicative figure, not in the totals' })
  notGraded: IndicativePostCost[];
  @Field(() => [String], { description: 'Every reference table id the figures used' }) tableIds: string[];
}

@ObjectType()
export class NonPayLineView {
  @Field() label: string;
  @Field(() => PenceScalar) pencePerYear: number;
}

@ObjectType()
export class BudgetSignOffView {
  @Field() signedOn: string;
  @Field() note: string;
  @Field(() => PenceScalar) totalPence: number;
  @Field(() => PenceScalar) fundingPence: number;
  @Field(() => PenceScalar) gapPence: number;
  @Field(() => [String]) tableIds: string[];
  @Field(() => Int) lgpsRateBp: number;
  @Field({ description: 'The figures today are still those signed off' }) current: boolean;
}

@ObjectType()
export class FunctionBudgetView {
  @Field(() => ID) programmeId: string;
  @Field() financialYear: string;
  @Field(() => OptionCost, { description: 'Pay lines: the chosen option at the middle of each grade' }) pay: OptionCost;
  @Field(() => [NonPayLineView]) nonPayLines: NonPayLineView[];
  @Field(() => PenceScalar) nonPayTotalPence: number;
  @Field(() => PenceScalar, { description: 'Recurring cost for the days of the year costed (the funding position\'s "needed")' }) totalPence: number;
  @Field(() => PenceScalar, { description: 'Pay and non-pay for a whole year' }) annualTotalPence: number;
  @Field(() => PartYearView) partYear: PartYearView;
  @Field(() => PenceScalar, { description: 'Budget released by agreed FTE deals for the year' }) fundingPence: number;
  @Field(() => PenceScalar, { description: 'Total minus funding: positive is still to be found' }) gapPence: number;
  @Field(() => Int, { description: 'FTE needed by the option (thousandths), all posts' }) neededFte: number;
  @Field(() => Int, { description: 'FTE released by agreed deals' }) agreedFte: number;
  @Field(() => Int, { description: 'Needed minus agreed FTE' }) gapFte: number;
  @Field(() => PenceScalar, { description: 'Posts with no grade yet, for the days costed: not in the total' }) notGradedPence: number;
  @Field(() => [OneOffCostView], { description: 'One-off transition costs falling in the year (lines for roles that may see exit costs)' })
  oneOffCosts: OneOffCostView[];
  @Field(() => PenceScalar, { description: 'One-off transition costs falling in the year: beside the recurring total, not in it' }) oneOffTotalPence: number;
  @Field(() => [BudgetSignOffView]) signOffs: BudgetSignOffView[];
}

@ObjectType()
export class RedundancyPayView {
  @Field(() => PenceScalar) pence: number;
  @Field(() => Int, { description: "Weeks' pay in halves" }) halfWeeks: number;
  @Field(() => Int) yearsCounted: number;
  @Field(() => PenceScalar) weeklyPayUsedPence: number;
  @Field() capTableId: string;
  @Field() eligible: boolean;
  @Field() reason: string;
}

@ObjectType()
export class LgpsStrainView {
  @Field() applies: boolean;
  @Field(() => PenceScalar, { nullable: true }) estimatePence: number | null;
  @Field() note: string;
}

@ObjectType()
export class ExitCostInputsView {
  @Field(() => Int) age: number;
  @Field(() => Int) completeYearsService: number;
  @Field(() => PenceScalar) weeklyPayPence: number;
  @Field() pensionMember: boolean;
  @Field(() => Int) yearsMembership: number;
  @Field(() => PenceScalar, { nullable: true }) lgpsStrainEstimatePence: number | null;
  @Field() dismissalDate: string;
}

@ObjectType()
export class ExitCostView {
  @Field(() => ID) postId: string;
  @Field() reference: string;
  @Field() title: string;
  @Field() outcome: string;
  @Field(() => ExitCostInputsView, { nullable: true, description: 'Null until recorded' }) inputs: ExitCostInputsView | null;
  @Field(() => RedundancyPayView, { nullable: true }) statutoryRedundancyPay: RedundancyPayView | null;
  @Field(() => LgpsStrainView, { nullable: true }) lgpsStrain: LgpsStrainView | null;
  @Field(() => DiscretionaryCompensationView, { nullable: true, description: "Under the council's policy in force on the dismissal date" })
  discretionaryCompensation: DiscretionaryCompensationView | null;
}

@InputType()
export class NonPayLineInput extends inputOf(NonPayLineView) {}

@InputType()
export class SetBudgetNonPayLinesInput extends ProgrammeCommandInput {
  @Field() financialYear: string;
  @Field(() => [NonPayLineInput]) lines: NonPayLineInput[];
}

@InputType()
export class SignOffBudgetInput extends ProgrammeCommandInput {
  @Field() financialYear: string;
  @Field() note: string;
}

@InputType()
export class RecordExitCostInputsInput extends ProgrammeCommandInput {
  @Field(() => ID) postId: string;
  @Field(() => Int) age: number;
  @Field(() => Int) completeYearsService: number;
  @Field(() => PenceScalar) weeklyPayPence: number;
  @Field() pensionMember: boolean;
  @Field(() => Int, { nullable: true, description: 'Complete years of LGPS membership; defaults to the years of service' }) yearsMembership?: number;
  @Field(() => PenceScalar, { nullable: true, description: "The fund's strain cost estimate" }) lgpsStrainEstimatePence?: number | null;
  @Field({ nullable: true, description: 'Expected dismissal date (the redundancy cap in force then applies); defaults to today' }) dismissalDate?: string;
}
