import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class AggregatedPlanView {
  @Field(() => ID) planId: string;
  @Field() title: string;
  @Field(() => Int) dismissals: number;
}

@ObjectType({ description: 'A placed person whose new terms make the move a dismissal (TULRCA s.195)' })
export class ChangedTermsView {
  @Field(() => ID) postId: string;
  @Field() person: string;
  @Field(() => [String]) reasons: string[];
}

@ObjectType({ description: 'How many dismissals the s.188 thresholds count, and from where' })
export class DismissalCountView {
  @Field(() => Int, { description: 'The number typed on the plan' }) recorded: number;
  @Field(() => Int, { description: 'Put at risk in the transition map (even if since redeployed), or placed on materially different terms (s.195)' })
  derived: number;
  @Field(() => Int, { description: 'Of those, placed on a lower grade or fewer hours (s.195)' }) changedTerms: number;
  @Field(() => [AggregatedPlanView], { description: 'Other plans at the establishment within 90 days, not yet in consultation (s.188(3))' })
  aggregated: AggregatedPlanView[];
  @Field(() => Int, { description: 'What the thresholds use: the map and the aggregated plans, never below the recorded number' }) counted: number;
  @Field({ description: 'Whether the recorded number and the transition map disagree' }) differs: boolean;
  @Field(() => [ChangedTermsView]) people: ChangedTermsView[];
  @Field() rule: string;
  @Field() source: string;
}

@ObjectType({ description: 'Continuous service and notice of one affected person (ERA 1996 s.86)' })
export class ServiceView {
  @Field() serviceStart: string;
  @Field(() => Int, { nullable: true }) contractualNoticeWeeks: number | null;
  @Field(() => Int, { nullable: true, description: 'On the planned notice day; null until it is planned' }) statutoryNoticeWeeks: number | null;
}

@ObjectType()
export class ElectedRepresentativeView {
  @Field(() => ID) postId: string;
  @Field() person: string;
  @Field(() => [ID]) represents: string[];
}

@ObjectType({ description: 'Employee representatives elected where no union is recognised (TULRCA s.188A)' })
export class RepresentativeElectionView {
  @Field() electedOn: string;
  @Field() termEndsOn: string;
  @Field(() => [ElectedRepresentativeView]) representatives: ElectedRepresentativeView[];
  @Field() source: string;
}
