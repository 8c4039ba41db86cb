import { Field, ID, InputType, Int, IntersectionType, ObjectType, OmitType } from '@nestjs/graphql';
import { AuthorityCommandInput, PenceScalar, SheetFileInput } from '../platform/graphql';

@ObjectType()
export class Post {
  @Field(() => ID) id: string;
  @Field(() => ID) authorityId: string;
  @Field() reference: string;
  @Field(() => ID) serviceId: string;
  @Field() serviceName: string;
  @Field() title: string;
  @Field() grade: string;
  @Field(() => Int, { nullable: true }) scp: number | null;
  @Field(() => Int, { description: 'FTE in thousandths (0.6 FTE = 600)' }) fte: number;
  @Field(() => String, { nullable: true, description: 'Pseudonymous postholder reference' }) postholderRef: string | null;
  @Field() vacant: boolean;
  @Field(() => PenceScalar) budgetedAnnualCostPence: number;
}

@ObjectType()
export class ImportResult {
  @Field(() => ID) importId: string;
  @Field() fileName: string;
  @Field(() => Int) rowCount: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
}

// What a user enters for a post: the post as shown, less what the API derives.
@InputType({ isAbstract: true })
export class PostFieldsInput extends IntersectionType(AuthorityCommandInput, OmitType(Post, ['id', 'authorityId', 'serviceName'] as const, InputType)) {}

@InputType()
export class AddPostInput extends PostFieldsInput {}

@InputType()
export class UpdatePostInput extends PostFieldsInput {
  @Field(() => ID) postId: string;
}

@InputType()
export class RemovePostInput extends AuthorityCommandInput {
  @Field(() => ID) postId: string;
}

@InputType()
export class ImportSheetInput extends IntersectionType(AuthorityCommandInput, SheetFileInput) {}
