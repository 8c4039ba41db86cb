import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { RATE_TABLE_KINDS, RATE_TABLE_STATUSES, type RateTableKind, type RateTableStatus } from '@orgledger/reference-data';
import { AuthorityCommandInput, CommandInput, enumOf, inputOf, PenceScalar } from '../platform/graphql';

// Where a table comes from is the API's concern (the standard set merged with the tenant's), not the domain's.
export const RATE_TABLE_ORIGINS = ['standard', 'tenant'] as const;
export type RateTableOrigin = (typeof RATE_TABLE_ORIGINS)[number];

export const RateTableKindEnum = enumOf('RateTableKind', RATE_TABLE_KINDS);
export const RateTableStatusEnum = enumOf('RateTableStatus', RATE_TABLE_STATUSES);
export const RateTableOriginEnum = enumOf('RateTableOrigin', RATE_TABLE_ORIGINS, { description: 'Shipped with OrgLedger, or added by the consultancy' });

@ObjectType()
export class PayPoint {
  @Field(() => Int) scp: number;
  @Field(() => PenceScalar, { description: 'Annual full-time pay' }) pence: number;
}

@ObjectType()
export class DeletedPayPoint {
  @Field(() => Int) scp: number;
  @Field() from: string;
}

@ObjectType()
export class RedundancyBandView {
  @Field(() => Int) fromAge: number;
  @Field(() => Int, { nullable: true }) toAge: number | null;
  @Field(() => Int, { description: 'Weeks of pay per year of service, in halves (3 = 1½ weeks)' }) halfWeeksPerYear: number;
}

@ObjectType({ description: 'One dated reference table: the figures a computation records by id' })
export class RateTableView {
  @Field() id: string;
  @Field(() => RateTableKindEnum) kind: RateTableKind;
  @Field() effectiveFrom: string;
  @Field(() => String, { nullable: true }) effectiveTo: string | null;
  @Field() source: string;
  @Field(() => RateTableStatusEnum) status: RateTableStatus;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => RateTableOriginEnum) origin: RateTableOrigin;
  @Field(() => ID, { nullable: true, description: 'The council, for local pay points' }) authorityId: string | null;
  @Field({ description: 'In force on the date asked about (today when none was given)' }) inForce: boolean;
  @Field(() => [PayPoint], { nullable: true }) points: PayPoint[] | null;
  @Field(() => [DeletedPayPoint], { nullable: true }) deletedPoints: DeletedPayPoint[] | null;
  @Field(() => Int, { nullable: true, description: 'Basis points (15% = 1500)' }) rateBp: number | null;
  @Field(() => PenceScalar, { nullable: true }) secondaryThresholdPenceYear: number | null;
  @Field(() => PenceScalar, { nullable: true, description: 'Employer NI: the top of the 0% band for employees under 21 (category M)' })
  upperSecondaryThresholdPenceYear: number | null;
  @Field(() => PenceScalar, { nullable: true, description: 'Employer NI: the top of the 0% band for apprentices under 25 (category H)' })
  apprenticeUpperSecondaryThresholdPenceYear: number | null;
  @Field(() => PenceScalar, { nullable: true }) allowancePenceYear: number | null;
  @Field(() => PenceScalar, { nullable: true }) weeklyCapPence: number | null;
  @Field(() => Int, { nullable: true }) maxYears: number | null;
  @Field(() => Int, { nullable: true }) minimumServiceYears: number | null;
  @Field(() => [RedundancyBandView], { nullable: true }) bands: RedundancyBandView[] | null;
}

@ObjectType()
export class LgpsRateView {
  @Field(() => Int, { description: 'Employer rate in basis points (19.9% = 1990)' }) rateBp: number;
  @Field() effectiveFrom: string;
  @Field() source: string;
}

@InputType()
export class PayPointInput extends inputOf(PayPoint) {}

@InputType()
export class DeletedPayPointInput extends inputOf(DeletedPayPoint) {}

@InputType()
export class RedundancyBandInput extends inputOf(RedundancyBandView) {}

@InputType({ isAbstract: true })
export class RateTableFieldsInput extends CommandInput {
  @Field({ description: 'Never reused, e.g. njc-spine-2026-27' }) id: string;
  @Field() effectiveFrom: string;
  @Field({ nullable: true }) effectiveTo?: string;
  @Field() source: string;
  @Field(() => RateTableStatusEnum) status: RateTableStatus;
  @Field({ nullable: true }) note?: string;
  @Field(() => [PayPointInput], { nullable: true }) points?: PayPointInput[];
  @Field(() => [DeletedPayPointInput], { nullable: true }) deletedPoints?: DeletedPayPointInput[];
}

@InputType()
export class AddPayTableInput extends RateTableFieldsInput {
  @Field(() => RateTableKindEnum) kind: RateTableKind;
  @Field(() => Int, { nullable: true }) rateBp?: number;
  @Field(() => PenceScalar, { nullable: true }) secondaryThresholdPenceYear?: number;
  @Field(() => PenceScalar, { nullable: true }) upperSecondaryThresholdPenceYear?: number;
  @Field(() => PenceScalar, { nullable: true }) apprenticeUpperSecondaryThresholdPenceYear?: number;
  @Field(() => PenceScalar, { nullable: true }) allowancePenceYear?: number;
  @Field(() => PenceScalar, { nullable: true }) weeklyCapPence?: number;
  @Field(() => Int, { nullable: true }) maxYears?: number;
  @Field(() => Int, { nullable: true }) minimumServiceYears?: number;
  @Field(() => [RedundancyBandInput], { nullable: true }) bands?: RedundancyBandInput[];
}

@InputType()
export class SetLocalPayPointsInput extends RateTableFieldsInput {
  @Field(() => ID) authorityId: string;
}

@InputType()
export class SetLgpsEmployerRateInput extends AuthorityCommandInput {
  @Field(() => Int, { description: 'Basis points of pensionable pay (19.9% = 1990)' }) rateBp: number;
  @Field() effectiveFrom: string;
  @Field({ description: "The fund's Rates and Adjustments Certificate, or another source a person can check" }) source: string;
}
