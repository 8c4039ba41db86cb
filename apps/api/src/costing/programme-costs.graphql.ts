import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ONE_OFF_KINDS, type OneOffKind } from '@orgledger/domain';
import { enumOf, PenceScalar } from '../platform/graphql';

export const OneOffKindEnum = enumOf('OneOffCostKind', ONE_OFF_KINDS, { description: 'What a one-off transition cost is' });

@ObjectType({ description: 'A post with no grade yet: its indicative figure, never in the totals' })
export class IndicativePostCost {
  @Field(() => ID) designPostId: string;
  @Field() title: string;
  @Field(() => Int, { description: 'FTE in thousandths' }) fte: number;
  @Field(() => PenceScalar, { description: 'The indicative figure for a whole year' }) annualPence: number;
  @Field(() => PenceScalar, { description: 'For the days of the year costed' }) pence: number;
}

@ObjectType()
export class OneOffCostView {
  @Field(() => OneOffKindEnum) kind: OneOffKind;
  @Field() label: string;
  @Field(() => PenceScalar) pence: number;
  @Field(() => String, { nullable: true }) date: string | null;
}

@ObjectType({ description: 'The days of the financial year the recurring costs run, from the go-live date' })
export class PartYearView {
  @Field(() => String, { nullable: true }) goLiveDate: string | null;
  @Field(() => Int) daysInYear: number;
  @Field(() => Int, { description: 'Days from the later of 1 April and the go-live date to 31 March' }) daysCosted: number;
}

@ObjectType()
export class FundingYearView {
  @Field() financialYear: string;
  @Field(() => PenceScalar) agreedPence: number;
  @Field(() => PenceScalar) pipelinePence: number;
  @Field(() => PenceScalar, { description: 'The recurring full cost of the chosen option for the year (the Finance budget total)' }) neededPence: number;
  @Field(() => PenceScalar, { description: 'Needed minus agreed; negative is a surplus' }) gapPence: number;
  @Field(() => PenceScalar, { description: 'Posts with no grade yet, at their indicative figure: not in needed' }) indicativePence: number;
  @Field(() => PenceScalar, { description: 'One-off transition costs falling in the year: not in needed' }) oneOffPence: number;
  @Field(() => Int, { description: 'Days of the year costed (the go-live date)' }) daysCosted: number;
}

@ObjectType()
export class FundingPositionView {
  @Field(() => ID) programmeId: string;
  @Field(() => Int) agreedFte: number;
  @Field(() => Int) pipelineFte: number;
  @Field(() => Int) neededFte: number;
  @Field(() => Int) gapFte: number;
  @Field(() => [FundingYearView]) byYear: FundingYearView[];
  @Field({ description: 'Where the needed figures come from' }) needSource: string;
  @Field(() => String, { nullable: true }) goLiveDate: string | null;
}

@ObjectType()
export class DesignOptionComparison {
  @Field(() => ID) optionId: string;
  @Field() name: string;
  @Field() chosen: boolean;
  @Field(() => Int) posts: number;
  @Field(() => Int, { description: 'FTE in thousandths' }) fte: number;
  @Field(() => PenceScalar, { description: 'The sum of the indicative figures typed in the design, all posts' }) indicativeCostPence: number;
  @Field(() => Int, { description: 'How many design checks the option raises' }) checks: number;
  @Field({ description: 'The financial year costed' }) financialYear: string;
  @Field(() => PenceScalar, { nullable: true, description: 'Recurring full cost for the year, as the budget counts it; null when it cannot be costed' })
  fullCostPence: number | null;
  @Field(() => PenceScalar, { description: 'Posts with no grade yet, at their indicative figure: not in the full cost' }) notGradedPence: number;
  @Field(() => Int) notGradedPosts: number;
  @Field(() => String, { nullable: true, description: 'Why the option cannot be costed yet' }) costingProblem: string | null;
}
