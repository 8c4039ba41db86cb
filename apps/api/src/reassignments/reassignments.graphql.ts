import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  REASSIGNMENT_OUTCOMES,
  REASSIGNMENT_ROUTES,
  SELECTION_OUTCOMES,
  TRIAL_OUTCOMES,
  type ReassignmentOutcome,
  type ReassignmentRoute,
  type SelectionOutcome,
  type TrialOutcome,
  type PayProtectionTaper,
} from '@orgledger/domain';
import { PayProtectionTaperEnum } from '../policy';
import { enumOf, ProgrammeDecisionInput } from '../platform/graphql';

export const ReassignmentOutcomeEnum = enumOf('ReassignmentOutcome', REASSIGNMENT_OUTCOMES);
export const ReassignmentRouteEnum = enumOf('ReassignmentRoute', REASSIGNMENT_ROUTES);
export const SelectionOutcomeEnum = enumOf('SelectionOutcome', SELECTION_OUTCOMES);
export const TrialOutcomeEnum = enumOf('TrialOutcome', TRIAL_OUTCOMES);

@ObjectType()
export class ReassignmentStep {
  @Field({ description: 'The event recorded, e.g. SlotInRecorded' }) type: string;
  @Field() reason: string;
  @Field({ description: 'When the decision was recorded (UTC ISO instant)' }) at: string;
  @Field({ description: 'Who recorded it' }) by: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the decision takes effect, where it has one (trials, pay protection)' })
  effectiveDate: string | null;
  @Field(() => ID, { nullable: true }) designPostId: string | null;
}

@ObjectType()
export class Redeployment {
  @Field() toDescription: string;
  @Field() priorityInterview: boolean;
}

@ObjectType()
export class TrialPeriod {
  @Field(() => ID, { nullable: true, description: 'Null for a post outside the new function' }) designPostId: string | null;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field({ description: 'YYYY-MM-DD' }) endDate: string;
  @Field() extendedByWrittenAgreement: boolean;
}

@ObjectType()
export class PayProtection {
  @Field() protectedGrade: string;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field({ description: 'YYYY-MM-DD' }) endDate: string;
  @Field(() => PayProtectionTaperEnum, { description: "The council's taper, from its policy pack when granted (full before packs were recorded)" })
  taper: PayProtectionTaper;
}

@ObjectType({ description: 'One as-is post and what has been decided for its postholder' })
export class AsIsTransition {
  @Field(() => ID) postId: string;
  @Field() reference: string;
  @Field({ description: 'False for a post removed from the establishment after decisions were made' }) inEstablishment: boolean;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => ID, { nullable: true }) serviceId: string | null;
  @Field(() => String, { nullable: true }) grade: string | null;
  @Field(() => Int, { nullable: true, description: 'FTE in thousandths' }) fte: number | null;
  @Field(() => Boolean, { nullable: true }) vacant: boolean | null;
  @Field(() => ReassignmentOutcomeEnum) outcome: ReassignmentOutcome;
  @Field(() => ID, { nullable: true, description: 'The to-be post held or on trial' }) designPostId: string | null;
  @Field(() => ReassignmentRouteEnum, { nullable: true }) route: ReassignmentRoute | null;
  @Field(() => ID, { nullable: true }) poolId: string | null;
  @Field(() => Redeployment, { nullable: true }) redeployment: Redeployment | null;
  @Field(() => TrialPeriod, { nullable: true }) trial: TrialPeriod | null;
  @Field(() => PayProtection, { nullable: true }) payProtection: PayProtection | null;
  @Field(() => ID, { nullable: true, description: 'The deal a released vacancy funds' }) dealId: string | null;
  @Field(() => [ReassignmentStep], { description: 'Every decision, oldest first' }) history: ReassignmentStep[];
}

@ObjectType()
export class ToBeSource {
  @Field(() => ID) postId: string;
  @Field() reference: string;
  @Field(() => ReassignmentRouteEnum) how: ReassignmentRoute;
  @Field(() => Int, { description: 'FTE in thousandths the as-is post brings' }) fte: number;
}

@ObjectType({ description: 'One post of the chosen design option and the as-is posts that fill it' })
export class ToBeTransition {
  @Field(() => ID) designPostId: string;
  @Field() title: string;
  @Field(() => Int) grade: number;
  @Field(() => Int, { description: 'FTE in thousandths' }) fte: number;
  @Field(() => [ToBeSource]) sources: ToBeSource[];
  @Field(() => Int) filledFte: number;
  @Field(() => Int, { description: 'What remains to recruit' }) unfilledFte: number;
}

@ObjectType()
export class RingFencePool {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => [ID]) postIds: string[];
  @Field(() => [ID]) designPostIds: string[];
}

@ObjectType()
export class TransitionMap {
  @Field(() => ID) programmeId: string;
  @Field(() => ID, { nullable: true, description: 'The chosen design option; the to-be side is empty until one is chosen' })
  chosenOptionId: string | null;
  @Field(() => [AsIsTransition]) asIs: AsIsTransition[];
  @Field(() => [ToBeTransition]) toBe: ToBeTransition[];
  @Field(() => [RingFencePool]) pools: RingFencePool[];
}

@InputType()
export class RecordSlotInInput extends ProgrammeDecisionInput {
  @Field(() => ID) postId: string;
  @Field(() => ID) designPostId: string;
  @Field(() => Int, { description: 'Job-content match, whole percent; the council’s threshold to slot in is 70%' }) jobMatchPercent: number;
}

@InputType()
export class PlaceInRingFenceInput extends ProgrammeDecisionInput {
  @Field() name: string;
  @Field(() => [ID]) postIds: string[];
  @Field(() => [ID], { description: 'The to-be posts the pool competes for' }) designPostIds: string[];
}

@InputType()
export class RecordSelectionOutcomeInput extends ProgrammeDecisionInput {
  @Field(() => ID) poolId: string;
  @Field(() => ID) postId: string;
  @Field(() => SelectionOutcomeEnum) outcome: SelectionOutcome;
  @Field(() => ID, { nullable: true, description: 'The post appointed to; only with APPOINTED' }) designPostId?: string | null;
}

@InputType()
export class MarkAtRiskInput extends ProgrammeDecisionInput {
  @Field(() => ID) postId: string;
}

@InputType()
export class RecordRedeploymentInput extends ProgrammeDecisionInput {
  @Field(() => ID) postId: string;
  @Field({ description: 'The suitable alternative post offered' }) toDescription: string;
  @Field() priorityInterview: boolean;
}

@InputType()
export class StartTrialPeriodInput extends ProgrammeDecisionInput {
  @Field(() => ID) postId: string;
  @Field(() => ID, { nullable: true, description: 'Null for a post outside the new function' }) designPostId?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field({ description: 'YYYY-MM-DD; at most the last day of the 4 weeks beginning with the start (start + 27 days) unless extended by written agreement' })
  endDate: string;
  @Field({ defaultValue: false }) extendedByWrittenAgreement: boolean;
  @Field(() => String, { nullable: true, description: 'Required when extended by written agreement' }) agreementNote?: string | null;
}

@InputType()
export class EndTrialPeriodInput extends ProgrammeDecisionInput {
  @Field(() => ID) postId: string;
  @Field(() => TrialOutcomeEnum) outcome: TrialOutcome;
}

@InputType()
export class GrantPayProtectionInput extends ProgrammeDecisionInput {
  @Field(() => ID) postId: string;
  @Field({ description: 'The grade whose pay is protected' }) protectedGrade: string;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field({ description: "YYYY-MM-DD; at most the months of the council's policy pack in force on the start date after it (36 under the national default)" })
  endDate: string;
}

@InputType()
export class ReleaseVacancyInput extends ProgrammeDecisionInput {
  @Field(() => ID) postId: string;
  @Field(() => ID, { nullable: true, description: 'The FTE deal the released budget goes to' }) dealId?: string | null;
}
