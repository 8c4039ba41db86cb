import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { inputOf, PenceScalar, ProgrammeCommandInput } from '../platform/graphql';

@ObjectType()
export class Activity {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field() name: string;
  @Field({ description: 'Counts as contract management (itself or through an ancestor)' }) contractManagement: boolean;
  @Field() retired: boolean;
}

@ObjectType()
export class ActivityShare {
  @Field(() => ID) activityId: string;
  @Field(() => Int, { description: 'Whole percent of the post’s time' }) percent: number;
}

@ObjectType()
export class PostShares {
  @Field(() => ID) postId: string;
  @Field(() => ID) serviceId: string;
  @Field(() => [ActivityShare]) shares: ActivityShare[];
  @Field(() => ID) returnId: string;
  @Field() submittedByRole: string;
  @Field({ nullable: true, description: 'When the latest return for the post was made' }) submittedAt?: string;
  @Field({ nullable: true, description: 'Who made it' }) submittedBy?: string;
}

@ObjectType()
export class ServiceAnalysis {
  @Field(() => ID) serviceId: string;
  @Field() serviceName: string;
  @Field(() => Int, { description: 'Contract-management FTE in thousandths' }) fte: number;
  @Field(() => PenceScalar) costPence: number;
  @Field(() => Int) posts: number;
  @Field(() => Int) substantivePosts: number;
}

@ObjectType()
export class ActivityAnalysisLine {
  @Field(() => ID) activityId: string;
  @Field() name: string;
  @Field(() => Int) fte: number;
  @Field(() => PenceScalar) costPence: number;
}

@ObjectType()
export class ActivityAnalysis {
  @Field(() => ID) programmeId: string;
  @Field() headline: string;
  @Field() roundingRule: string;
  @Field(() => Int, { description: 'Contract-management FTE in thousandths' }) totalFte: number;
  @Field(() => PenceScalar) totalCostPence: number;
  @Field(() => Int) postsAnalysed: number;
  @Field(() => Int) postsWithContractManagement: number;
  @Field(() => Int) substantivePosts: number;
  @Field(() => Int) fractionalPosts: number;
  @Field(() => Int) thresholdPercent: number;
  @Field(() => [ServiceAnalysis]) byService: ServiceAnalysis[];
  @Field(() => [ActivityAnalysisLine]) byActivity: ActivityAnalysisLine[];
}

@InputType()
export class SeedActivityTaxonomyInput extends ProgrammeCommandInput {}

@InputType()
export class AddActivityInput extends ProgrammeCommandInput {
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field() name: string;
  @Field() contractManagement: boolean;
}

@InputType()
export class RenameActivityInput extends ProgrammeCommandInput {
  @Field(() => ID) activityId: string;
  @Field() name: string;
}

@InputType()
export class RetireActivityInput extends ProgrammeCommandInput {
  @Field(() => ID) activityId: string;
}

@InputType()
export class ActivityShareInput extends inputOf(ActivityShare) {}

@InputType()
export class PostSharesInput {
  @Field(() => ID) postId: string;
  @Field(() => [ActivityShareInput]) shares: ActivityShareInput[];
}

@InputType()
export class SubmitActivityReturnInput extends ProgrammeCommandInput {
  @Field(() => ID) serviceId: string;
  @Field(() => [PostSharesInput]) posts: PostSharesInput[];
}

@ObjectType()
export class ActivityReturnReceipt {
  @Field(() => ID) returnId: string;
  @Field(() => Int) posts: number;
}
