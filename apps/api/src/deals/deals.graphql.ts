import { Field, ID, InputType, Int, ObjectType, PickType } from '@nestjs/graphql';
import { DEAL_SIDES, DEAL_STATUSES, type DealSide, type DealStatus } from '@orgledger/domain';
import { CommandInput, enumOf, inputOf, PenceScalar } from '../platform/graphql';

export const DealStatusEnum = enumOf('DealStatus', DEAL_STATUSES);
export const DealSideEnum = enumOf('DealSide', DEAL_SIDES, { description: 'The programme (consultants) or the service (its director)' });

@ObjectType()
export class BudgetLine {
  @Field({ description: "Financial year, e.g. '2026/27'" }) financialYear: string;
  @Field(() => PenceScalar) pence: number;
}

@ObjectType()
export class DealSourcePost {
  @Field(() => ID) postId: string;
  @Field() reference: string;
  @Field() title: string;
  @Field(() => Int, { description: 'FTE released from the post, in thousandths' }) fte: number;
  @Field(() => Int, { description: 'FTE of the post now, in thousandths' }) postFte: number;
}

@ObjectType()
export class DealTermsView {
  @Field(() => [DealSourcePost]) sourcePosts: DealSourcePost[];
  @Field(() => [BudgetLine]) budget: BudgetLine[];
  @Field() effectiveDate: string;
  @Field() linkedChange: string;
  @Field() rationale: string;
  @Field(() => Int) fte: number;
  @Field(() => PenceScalar) budgetTotalPence: number;
}

@ObjectType()
export class NegotiationStepView {
  @Field({ nullable: true }) at?: string;
  @Field(() => DealSideEnum) side: DealSide;
  @Field() onBehalfOfService: boolean;
  @Field() action: string;
  @Field(() => Int) fte: number;
  @Field(() => PenceScalar) budgetTotal: number;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() sentence: string;
  @Field() actorName: string;
  @Field() actorRole: string;
}

@ObjectType({ description: 'A note on a deal, newest last' })
export class DealNoteView {
  @Field() text: string;
  @Field({ description: 'Who wrote it' }) authorName: string;
  @Field({ description: 'When it was written (UTC)' }) at: string;
}

@ObjectType()
export class FteDeal {
  @Field(() => ID) id: string;
  @Field(() => ID) programmeId: string;
  @Field(() => ID) serviceId: string;
  @Field() serviceName: string;
  @Field(() => DealStatusEnum) status: DealStatus;
  @Field(() => Int, { description: 'FTE of the terms in force, else on the table' }) fte: number;
  @Field(() => Int, { nullable: true }) agreedFte: number | null;
  @Field(() => Int, { nullable: true }) offerFte: number | null;
  @Field(() => [BudgetLine]) budget: BudgetLine[];
  @Field() effectiveDate: string;
  @Field() linkedChange: string;
  @Field() rationale: string;
  @Field(() => DealSideEnum, { nullable: true, description: 'Whose answer the deal waits for' }) awaiting: DealSide | null;
  @Field(() => Int, { description: 'Send back as expectedVersion: a change by someone else meanwhile is a CONFLICT' }) version: number;
  @Field(() => Int) rounds: number;
  @Field({ nullable: true }) lastActivityAt?: string;
  @Field(() => DealTermsView) terms: DealTermsView;
  @Field(() => DealTermsView, { nullable: true, description: 'An offer or amendment awaiting an answer' }) offerTerms: DealTermsView | null;
  @Field(() => [DealNoteView]) notes: DealNoteView[];
}

@InputType()
export class DealSourcePostInput extends PickType(DealSourcePost, ['postId', 'fte'] as const, InputType) {}

@InputType()
export class BudgetLineInput extends inputOf(BudgetLine) {}

@InputType()
export class DealTermsInput {
  @Field(() => [DealSourcePostInput]) sourcePosts: DealSourcePostInput[];
  @Field(() => [BudgetLineInput]) budget: BudgetLineInput[];
  @Field() effectiveDate: string;
  @Field() linkedChange: string;
  @Field() rationale: string;
}

@InputType()
export class ProposeFteDealInput extends CommandInput {
  @Field(() => ID) programmeId: string;
  @Field(() => ID) serviceId: string;
  @Field(() => DealTermsInput) terms: DealTermsInput;
}

@InputType()
export class DealStepInput extends CommandInput {
  @Field(() => ID) dealId: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number;
  @Field({ nullable: true, description: 'A consultant answering for the service director; recorded as such' }) onBehalfOfService?: boolean;
}

@InputType()
export class AddDealNoteInput extends CommandInput {
  @Field(() => ID) dealId: string;
  @Field({ description: 'Plain text, 1 to 2,000 characters' }) text: string;
}

@InputType()
export class DealOfferInput extends DealStepInput {
  @Field(() => DealTermsInput) terms: DealTermsInput;
}
