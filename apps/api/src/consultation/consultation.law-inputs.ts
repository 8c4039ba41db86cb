import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { PlanCommandInput } from './consultation.graphql';

@InputType()
export class ServiceEntryInput {
  @Field(() => ID) postId: string;
  @Field({ description: 'YYYY-MM-DD: the start of continuous employment' }) serviceStart: string;
  @Field(() => Int, { nullable: true, description: 'Weeks of notice in the contract (or the council policy for the grade); empty when not known' })
  contractualNoticeWeeks?: number | null;
}

@InputType()
export class RecordContinuousServiceInput extends PlanCommandInput {
  @Field(() => [ServiceEntryInput]) entries: ServiceEntryInput[];
}

@InputType()
export class ElectedRepresentativeInput {
  @Field(() => ID, { description: 'The affected post whose holder was elected' }) postId: string;
  @Field(() => [ID], { description: 'The affected posts whose holders they represent' }) represents: string[];
}

@InputType({ description: 'TULRCA s.188A(1): the election as held' })
export class ElectEmployeeRepresentativesInput extends PlanCommandInput {
  @Field() electedOn: string;
  @Field({ description: 'Long enough to complete the information and consultation (s.188A(1)(d))' }) termEndsOn: string;
  @Field(() => [ElectedRepresentativeInput]) representatives: ElectedRepresentativeInput[];
  @Field({ description: 'The arrangements for the election were fair (s.188A(1)(a))' }) fairArrangements: boolean;
  @Field({ description: 'Every affected employee was entitled to vote (s.188A(1)(g))' }) allAffectedCouldVote: boolean;
  @Field({ description: 'Votes were cast in secret and accurately counted (s.188A(1)(i))' }) secretBallot: boolean;
}
