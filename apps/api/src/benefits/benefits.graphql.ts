import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProgrammeCommandInput } from '../analysis/analysis.graphql';
import { PenceScalar } from '../platform/scalars';

export enum BenefitStatusValue {
  PLANNED = 'planned',
  ON_TRACK = 'on_track',
  AT_RISK = 'at_risk',
  ACHIEVED = 'achieved',
  NOT_ACHIEVED = 'not_achieved',
}
registerEnumType(BenefitStatusValue, { name: 'BenefitStatus' });

@ObjectType()
export class Benefit {
  @Field(() => ID) id: string;
  @Field(() => ID) programmeId: string;
  @Field() title: string;
  @Field({ description: 'Cashable savings take money out of a budget; non-cashable benefits free capacity or improve outcomes' }) cashable: boolean;
  @Field(() => PenceScalar) annualAmountPence: number;
  @Field() owner: string;
  @Field({ description: 'The measure before the change; empty while unknown' }) baseline: string;
  @Field({ description: 'YYYY-MM-DD' }) targetDate: string;
  @Field(() => BenefitStatusValue) status: BenefitStatusValue;
  @Field(() => String, { nullable: true, description: 'The note given with the latest status change' }) statusNote: string | null;
}

@ObjectType()
export class BenefitStatusTotal {
  @Field(() => BenefitStatusValue) status: BenefitStatusValue;
  @Field(() => PenceScalar) annualAmountPence: number;
}

@ObjectType()
export class BenefitTotals {
  @Field(() => PenceScalar) cashablePence: number;
  @Field(() => PenceScalar) nonCashablePence: number;
  @Field(() => [BenefitStatusTotal], { description: 'Annual amounts by status, every status listed' }) byStatus: BenefitStatusTotal[];
}

@ObjectType()
export class BenefitsRegister {
  @Field(() => ID) programmeId: string;
  @Field(() => [Benefit]) benefits: Benefit[];
  @Field(() => BenefitTotals) totals: BenefitTotals;
}

@InputType({ isAbstract: true })
export class BenefitFieldsInput extends ProgrammeCommandInput {
  @Field() title: string;
  @Field() cashable: boolean;
  @Field(() => PenceScalar) annualAmountPence: number;
  @Field() owner: string;
  @Field({ nullable: true }) baseline?: string;
  @Field({ description: 'YYYY-MM-DD' }) targetDate: string;
}

@InputType()
export class RecordBenefitInput extends BenefitFieldsInput {
  @Field(() => BenefitStatusValue, { defaultValue: BenefitStatusValue.PLANNED }) status: BenefitStatusValue;
}

@InputType({ description: 'Edits a benefit’s details; its status changes only through changeBenefitStatus' })
export class UpdateBenefitInput extends BenefitFieldsInput {
  @Field(() => ID) benefitId: string;
}

@InputType()
export class ChangeBenefitStatusInput extends ProgrammeCommandInput {
  @Field(() => ID) benefitId: string;
  @Field(() => BenefitStatusValue) status: BenefitStatusValue;
  @Field({ nullable: true, description: 'Why the status moved, for the benefits log' }) note?: string;
}
