import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput, ProgrammeCommandInput } from '../platform/graphql';
import { TierHours } from '../capacity';
import { TierBand } from '../contracts';

@ObjectType()
export class TemplateActivity {
  @Field({ description: 'Key within the template; each programme that applies it gets fresh activity ids' }) key: string;
  @Field(() => String, { nullable: true }) parentKey: string | null;
  @Field() name: string;
  @Field() contractManagement: boolean;
}

@ObjectType()
export class TemplateCapacityAssumptions {
  @Field(() => [TierHours]) hoursPerContract: TierHours[];
  @Field(() => Int) productiveHoursPerFte: number;
}

@ObjectType()
export class Template {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field({ description: 'A retired template is kept for the record but can no longer be applied' }) retired: boolean;
  @Field(() => [TemplateActivity]) taxonomy: TemplateActivity[];
  @Field(() => [TierBand]) tierBands: TierBand[];
  @Field(() => TemplateCapacityAssumptions) capacityAssumptions: TemplateCapacityAssumptions;
}

@ObjectType()
export class AppliedTemplate {
  @Field(() => ID) programmeId: string;
  @Field(() => ID) templateId: string;
  @Field(() => Int, { description: 'Activities in the programme’s new taxonomy' }) activities: number;
  @Field(() => [String]) tiers: string[];
}

@InputType()
export class SaveProgrammeAsTemplateInput extends ProgrammeCommandInput {
  @Field() name: string;
  @Field({ nullable: true }) description?: string;
}

@InputType()
export class ApplyTemplateInput extends ProgrammeCommandInput {
  @Field(() => ID) templateId: string;
}

@InputType()
export class RetireTemplateInput extends CommandInput {
  @Field(() => ID) templateId: string;
}
