import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AuthorityCommandInput, CommandInput, WithExpectedRevision } from '../platform/graphql';

@ObjectType()
export class Directorate {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType()
export class Service {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) directorateId: string;
}

@ObjectType({ description: 'The recorded decision that moved a programme into its stage' })
export class ProgrammeStageDecision {
  @Field({ description: 'The event type of the decision, e.g. DesignAuthorityDecided' }) type: string;
  @Field() summary: string;
  @Field({ description: 'The day it took effect (YYYY-MM-DD)' }) on: string;
}

@ObjectType()
export class Programme {
  @Field(() => ID) id: string;
  @Field(() => ID) authorityId: string;
  @Field() name: string;
  @Field() objective: string;
  @Field({ description: 'analysis, funding, design, grading_and_costs, approval, consultation, handover or done: read from the decisions recorded' })
  stage: string;
  @Field(() => ProgrammeStageDecision, { nullable: true, description: 'The decision that set the stage; null while in analysis' })
  stageDecision: ProgrammeStageDecision | null;
  @Field(() => String, { nullable: true, description: 'The stage that follows; null once done' })
  nextStage: string | null;
  @Field() startedOn: string;
}

@ObjectType()
export class Authority {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() kind: string;
  @Field(() => [Directorate]) directorates: Directorate[];
  @Field(() => [Service]) services: Service[];
  @Field(() => Int, { description: 'How many directorates: for lists that show the number, not the directorates' })
  directorateCount: number;
  @Field(() => Int, { description: 'How many services: for lists that show the number, not the services' })
  serviceCount: number;
  @Field(() => [Programme]) programmes: Programme[];
  @Field(() => Int, { description: 'Revision of the record as shown; send it back as expectedRevision to detect concurrent changes' })
  revision: number;
}

@InputType()
export class RegisterAuthorityInput extends CommandInput {
  @Field() name: string;
  @Field() kind: string;
}

@InputType()
export class AddDirectorateInput extends WithExpectedRevision(AuthorityCommandInput) {
  @Field() name: string;
}

@InputType()
export class AddServiceInput extends WithExpectedRevision(AuthorityCommandInput) {
  @Field(() => ID) directorateId: string;
  @Field() name: string;
}

@InputType()
export class StartProgrammeInput extends AuthorityCommandInput {
  @Field() name: string;
  @Field() objective: string;
}
