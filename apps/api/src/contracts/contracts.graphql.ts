import { Field, ID, InputType, Int, IntersectionType, ObjectType } from '@nestjs/graphql';
import {
  CONTRACT_EXEMPTIONS,
  CONTRACT_RISKS,
  PERFORMANCE_NOTICE_KINDS,
  PROCUREMENT_REGIMES,
  NOTICE_KINDS,
  NOTICE_STATES,
  NOTICE_TRIGGER_KINDS,
  type NoticeKind,
  type NoticeState,
  type NoticeTriggerKind,
  type ContractExemption,
  type ContractRisk,
  type PerformanceNoticeKind,
  type ProcurementRegime,
} from '@orgledger/domain';
import { enumOf, inputOf, PenceScalar, ProgrammeCommandInput, SheetFileInput, WithExpectedRevision } from '../platform/graphql';

export const ContractRiskEnum = enumOf('ContractRisk', CONTRACT_RISKS);
export const ContractExemptionEnum = enumOf('ContractExemption', CONTRACT_EXEMPTIONS, {
  description: 'Why a contract needs no KPIs under the Procurement Act 2023 s.52(3)–(4)',
});
export const PerformanceNoticeKindEnum = enumOf('PerformanceNoticeKind', PERFORMANCE_NOTICE_KINDS);
export const ProcurementRegimeEnum = enumOf('ProcurementRegime', PROCUREMENT_REGIMES, { description: 'The regime a contract was procured under' });
export const ContractRegimeEnum = enumOf('ContractRegime', [...PROCUREMENT_REGIMES, 'not_recorded'] as const, {
  description: 'The regime that governs a contract: recorded, read from when its procurement began, or not recorded',
});

@ObjectType()
export class KpiDuty {
  @Field() required: boolean;
  @Field(() => Int) minimum: number;
  @Field(() => Int) set: number;
  @Field() met: boolean;
}

@ObjectType()
export class PerformanceNotice {
  @Field() dueDate: string;
  @Field(() => PerformanceNoticeKindEnum) kind: PerformanceNoticeKind;
  @Field({ description: 'Due before today (UTC)' }) overdue: boolean;
}

@ObjectType()
export class ProcurementActDuties {
  @Field() applies: boolean;
  @Field(() => ContractRegimeEnum) regime: ProcurementRegime | 'not_recorded';
  @Field() reason: string;
  @Field(() => KpiDuty) kpis: KpiDuty;
  @Field(() => [PerformanceNotice]) performanceNotices: PerformanceNotice[];
  @Field({ description: 'Effective-from date of the rule version used' }) ruleVersion: string;
}

export const NoticeKindEnum = enumOf('ContractNoticeKind', NOTICE_KINDS, { description: 'A notice the Procurement Act 2023 asks of a contract' });
export const NoticeStateEnum = enumOf('ContractNoticeState', NOTICE_STATES);
export const NoticeTriggerKindEnum = enumOf('ContractNoticeTriggerKind', NOTICE_TRIGGER_KINDS, { description: 'A fact that calls for a notice' });

@ObjectType({ description: 'A notice the Act asks of a contract, with its deadline and whether it was published' })
export class ContractNotice {
  @Field(() => NoticeKindEnum) kind: NoticeKind;
  @Field() name: string;
  @Field({ description: 'The section and deadline that apply' }) source: string;
  @Field({ description: 'The last day to publish it (YYYY-MM-DD)' }) dueDate: string;
  @Field({ description: 'What makes it due' }) because: string;
  @Field(() => ID, { nullable: true }) triggerId: string | null;
  @Field(() => NoticeStateEnum, { description: 'Overdue from the day after its due date until published' }) state: NoticeState;
  @Field(() => String, { nullable: true }) publishedOn: string | null;
  @Field(() => String, { nullable: true }) reference: string | null;
}

@ObjectType()
export class ContractNoticeTrigger {
  @Field(() => ID) triggerId: string;
  @Field(() => NoticeTriggerKindEnum) kind: NoticeTriggerKind;
  @Field() occurredOn: string;
  @Field() description: string;
}

@ObjectType()
export class TargetContract {
  @Field(() => ID) id: string;
  @Field(() => ID) programmeId: string;
  @Field() reference: string;
  @Field() title: string;
  @Field() supplier: string;
  @Field(() => ID) serviceId: string;
  @Field() serviceName: string;
  @Field(() => PenceScalar) annualValuePence: number;
  @Field(() => PenceScalar) wholeLifeValuePence: number;
  @Field() startDate: string;
  @Field() endDate: string;
  @Field(() => ContractRiskEnum) risk: ContractRisk;
  @Field({ description: 'A value-for-money concern was raised' }) vfmConcern: boolean;
  @Field(() => String, { nullable: true }) vfmNote: string | null;
  @Field(() => ID, { nullable: true }) contractManagerPostId: string | null;
  @Field(() => String, { nullable: true }) contractManagerPostReference: string | null;
  @Field(() => Int) kpisSet: number;
  @Field(() => ContractExemptionEnum, { nullable: true }) exempt: ContractExemption | null;
  @Field(() => String, { nullable: true, description: 'When the procurement began (YYYY-MM-DD); it decides the regime' }) procurementStartedOn: string | null;
  @Field(() => ProcurementRegimeEnum, { nullable: true, description: 'The regime as recorded, if it was' }) regime: ProcurementRegime | null;
  @Field({ description: 'The tier under the programme’s tier rules' }) tier: string;
  @Field(() => ProcurementActDuties) procurementActDuties: ProcurementActDuties;
  @Field(() => [ContractNotice], { description: 'The Act’s notices for this contract as of today (none unless procured under the Act)' })
  notices: ContractNotice[];
  @Field(() => [ContractNoticeTrigger], { description: 'Breaches, failures to improve, modifications and terminations recorded' })
  noticeTriggers: ContractNoticeTrigger[];
  @Field(() => Int, { description: 'Revision of the register as shown; send it back as expectedRevision to detect concurrent changes' })
  revision: number;
}

@ObjectType()
export class TierBand {
  @Field() tier: string;
  @Field(() => PenceScalar) minAnnualValuePence: number;
  @Field(() => ContractRiskEnum, { nullable: true }) riskAtLeast: ContractRisk | null;
}

@ObjectType()
export class TierRules {
  @Field(() => ID) programmeId: string;
  @Field(() => [TierBand], { description: 'Highest tier first; a contract takes the first band whose value or risk it reaches' }) bands: TierBand[];
  @Field({ description: 'No rules have been set, so the default Gold/Silver/Bronze bands apply' }) isDefault: boolean;
  @Field(() => ID, { nullable: true }) fromTemplateId: string | null;
}

@InputType({ isAbstract: true })
export class TargetContractFieldsInput extends ProgrammeCommandInput {
  @Field() reference: string;
  @Field() title: string;
  @Field() supplier: string;
  @Field(() => ID) serviceId: string;
  @Field(() => PenceScalar) annualValuePence: number;
  @Field(() => PenceScalar) wholeLifeValuePence: number;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field({ description: 'YYYY-MM-DD, on or after the start' }) endDate: string;
  @Field(() => ContractRiskEnum) risk: ContractRisk;
  @Field() vfmConcern: boolean;
  @Field(() => String, { nullable: true, description: 'Required when there is a value-for-money concern' }) vfmNote?: string | null;
  @Field(() => ID, { nullable: true }) contractManagerPostId?: string | null;
  @Field(() => Int, { defaultValue: 0 }) kpisSet: number;
  @Field(() => ContractExemptionEnum, { nullable: true }) exempt?: ContractExemption | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or before the start date' }) procurementStartedOn?: string | null;
  @Field(() => ProcurementRegimeEnum, { nullable: true, description: 'Leave empty to read it from the procurement start date' })
  regime?: ProcurementRegime | null;
}

@InputType()
export class AddTargetContractInput extends TargetContractFieldsInput {}

@InputType()
export class UpdateTargetContractInput extends WithExpectedRevision(TargetContractFieldsInput) {
  @Field(() => ID) contractId: string;
}

@InputType()
export class RemoveTargetContractInput extends ProgrammeCommandInput {
  @Field(() => ID) contractId: string;
}

@InputType()
export class ImportTargetContractsInput extends IntersectionType(ProgrammeCommandInput, SheetFileInput) {}

@InputType()
export class TierBandInput extends inputOf(TierBand) {}

@InputType()
export class SetTierRulesInput extends ProgrammeCommandInput {
  @Field(() => [TierBandInput], { description: 'Highest tier first, ending with a catch-all band (minimum £0, no risk)' }) bands: TierBandInput[];
}

@InputType()
export class RecordContractNoticeTriggerInput extends ProgrammeCommandInput {
  @Field(() => ID) contractId: string;
  @Field(() => NoticeTriggerKindEnum) kind: NoticeTriggerKind;
  @Field({ description: 'YYYY-MM-DD: the day it happened, or the day a modification takes effect' }) occurredOn: string;
  @Field() description: string;
}

@InputType()
export class RecordContractNoticePublishedInput extends ProgrammeCommandInput {
  @Field(() => ID) contractId: string;
  @Field(() => NoticeKindEnum) kind: NoticeKind;
  @Field(() => ID, { nullable: true, description: 'The fact it answers: required for breach and change notices' }) triggerId?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) publishedOn: string;
  @Field(() => String, { nullable: true, description: 'The notice’s identifier on the central digital platform' }) reference?: string | null;
}
