import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PenceScalar, ProgrammeDecisionInput } from '../platform/graphql';

@ObjectType()
export class AssumedPayAwardView {
  @Field({ description: 'A financial year, e.g. 2026/27' }) financialYear: string;
  @Field(() => Int, { description: 'Basis points: 2.5% is 250' }) rateBp: number;
}

@ObjectType()
export class BusinessCaseAssumptionsView {
  @Field() firstYear: string;
  @Field(() => Int) horizonYears: number;
  @Field(() => [AssumedPayAwardView], { description: 'Assumed for years with no agreed NJC award' }) payAwards: AssumedPayAwardView[];
  @Field(() => Int, { description: 'Basis points of pay not spent because posts stand vacant' }) vacancyFactorBp: number;
  @Field({ description: 'Staff below the top of their grade move up one SCP a year' }) increments: boolean;
  @Field({ description: 'False while nobody has decided them: these are the defaults' }) decided: boolean;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType()
export class PayAwardBasisView {
  @Field({ description: 'agreed (in the pay tables), assumed, or not_assumed (no agreed award and none assumed)' }) kind: string;
  @Field(() => Int, { nullable: true }) rateBp: number | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) source: string | null;
}

@ObjectType()
export class BusinessCaseYearView {
  @Field() financialYear: string;
  @Field(() => PenceScalar, { description: 'Pay with on-costs at the tables in force: the Finance budget’s figure' }) payPence: number;
  @Field(() => PenceScalar) nonPayPence: number;
  @Field(() => PenceScalar) incrementsPence: number;
  @Field(() => PayAwardBasisView) payAward: PayAwardBasisView;
  @Field(() => PenceScalar) payAwardPence: number;
  @Field(() => PenceScalar) vacancySavingPence: number;
  @Field(() => PenceScalar) recurringPence: number;
  @Field(() => PenceScalar) oneOffPence: number;
  @Field(() => PenceScalar) fundingPence: number;
  @Field(() => PenceScalar, { description: 'Funding − recurring − one-off: negative is a cost still to be found' }) netPence: number;
  @Field(() => PenceScalar) cumulativeNetPence: number;
}

@ObjectType()
export class BusinessCaseTotalsView {
  @Field(() => PenceScalar) payPence: number;
  @Field(() => PenceScalar) nonPayPence: number;
  @Field(() => PenceScalar) incrementsPence: number;
  @Field(() => PenceScalar) payAwardPence: number;
  @Field(() => PenceScalar) vacancySavingPence: number;
  @Field(() => PenceScalar) recurringPence: number;
  @Field(() => PenceScalar) oneOffPence: number;
  @Field(() => PenceScalar) fundingPence: number;
  @Field(() => PenceScalar) netPence: number;
}

@ObjectType()
export class OptionBusinessCaseView {
  @Field(() => ID) optionId: string;
  @Field() optionName: string;
  @Field() chosen: boolean;
  @Field(() => [BusinessCaseYearView]) years: BusinessCaseYearView[];
  @Field(() => BusinessCaseTotalsView) totals: BusinessCaseTotalsView;
  @Field(() => String, { nullable: true, description: 'From this year on the cumulative position stays at or above zero; null if not within the plan' })
  paybackYear: string | null;
}

@ObjectType()
export class BusinessCaseView {
  @Field(() => ID) programmeId: string;
  @Field(() => BusinessCaseAssumptionsView) assumptions: BusinessCaseAssumptionsView;
  @Field(() => [OptionBusinessCaseView], { description: 'Every design option over the same years and assumptions' }) options: OptionBusinessCaseView[];
}

@InputType()
export class AssumedPayAwardInput {
  @Field() financialYear: string;
  @Field(() => Int) rateBp: number;
}

@InputType({ description: 'The assumptions are a decision: its reason is kept in the history' })
export class SetBusinessCaseAssumptionsInput extends ProgrammeDecisionInput {
  @Field({ description: 'The first financial year of the plan, e.g. 2026/27' }) firstYear: string;
  @Field(() => Int, { description: '3 to 5' }) horizonYears: number;
  @Field(() => [AssumedPayAwardInput]) payAwards: AssumedPayAwardInput[];
  @Field(() => Int) vacancyFactorBp: number;
  @Field() increments: boolean;
}
