import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { BENEFIT_STATUSES, type BenefitStatus } from '@orgledger/domain';
import { enumOf, PenceScalar, ProgrammeCommandInput } from '../platform/graphql';

export const BenefitStatusEnum = enumOf('BenefitStatus', BENEFIT_STATUSES);

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
  @Field(() => BenefitStatusEnum) status: BenefitStatus;
  @Field(() => String, { nullable: true, description: 'The note given with the latest status change' }) statusNote: string | null;
}

@ObjectType()
export class BenefitStatusTotal {
  @Field(() => BenefitStatusEnum) status: BenefitStatus;
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
  @Field(() => BenefitStatusEnum, { defaultValue: BenefitStatusEnum.PLANNED }) status: BenefitStatus;
}

@InputType({ description: 'Edits a benefit’s details; its status changes only through changeBenefitStatus' })
export class UpdateBenefitInput extends BenefitFieldsInput {
  @Field(() => ID) benefitId: string;
}

@InputType()
export class ChangeBenefitStatusInput extends ProgrammeCommandInput {
  @Field(() => ID) benefitId: string;
  @Field(() => BenefitStatusEnum) status: BenefitStatus;
  @Field({ nullable: true, description: 'Why the status moved, for the benefits log' }) note?: string;
}
