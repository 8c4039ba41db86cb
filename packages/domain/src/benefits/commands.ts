import type { Command } from '../shared/decider';
import type { BenefitFields, BenefitStatus } from './benefit-fields';

export type RecordBenefit = Command<'RecordBenefit', { benefit: BenefitFields }>;
export type UpdateBenefit = Command<'UpdateBenefit', { benefit: BenefitFields }>;
export type ChangeBenefitStatus = Command<'ChangeBenefitStatus', { benefitId: string; status: BenefitStatus; note: string }>;
export type BenefitsCommand = RecordBenefit | UpdateBenefit | ChangeBenefitStatus;
