import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { inputOf, ProgrammeCommandInput } from '../platform/graphql';

@ObjectType()
export class TierHours {
  @Field() tier: string;
  @Field(() => Int, { description: 'Hours of contract-management work a contract in this tier needs a year' }) hours: number;
}

@ObjectType()
export class CapacityAssumptionsView {
  @Field(() => [TierHours]) hoursPerContract: TierHours[];
  @Field(() => Int) productiveHoursPerFte: number;
  @Field({ description: 'No assumptions have been set, so the illustrative defaults apply' }) isDefault: boolean;
  @Field(() => ID, { nullable: true }) fromTemplateId: string | null;
}

@ObjectType()
export class CapacityTier {
  @Field() tier: string;
  @Field(() => Int) contracts: number;
  @Field(() => Int) hoursPerContract: number;
  @Field(() => Int) hours: number;
  @Field(() => Int, { description: 'FTE in thousandths' }) fte: number;
}

@ObjectType()
export class CapacityModel {
  @Field(() => ID) programmeId: string;
  @Field(() => [CapacityTier], { description: 'Highest tier first' }) tiers: CapacityTier[];
  @Field(() => Int) hours: number;
  @Field(() => Int, { description: 'Contract-management FTE the target contracts need, in thousandths' }) demandFte: number;
  @Field(() => Int, { description: 'Contract-management FTE the activity analysis found across existing posts, in thousandths' }) supplyFte: number;
  @Field(() => Int, { description: 'Demand minus supply, in thousandths; negative when there is more capacity than needed' }) gapFte: number;
  @Field(() => Int) productiveHoursPerFte: number;
  @Field(() => [String], { description: 'Tiers holding contracts but with no hours assumption (counted as 0 hours)' }) tiersWithoutHours: string[];
  @Field() roundingRule: string;
  @Field(() => CapacityAssumptionsView) assumptions: CapacityAssumptionsView;
}

@InputType()
export class TierHoursInput extends inputOf(TierHours) {}

@InputType()
export class SetCapacityAssumptionsInput extends ProgrammeCommandInput {
  @Field(() => [TierHoursInput]) hoursPerContract: TierHoursInput[];
  @Field(() => Int, { description: 'Productive hours one FTE gives a year, such as 1650' }) productiveHoursPerFte: number;
}
