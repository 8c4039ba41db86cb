import type { DomainEvent } from '../shared/decider';
import type { BenefitFields, BenefitStatus } from './benefit-fields';

// The benefits the new contract-management function must bring; one register per programme.
export const BENEFITS_STREAM_CATEGORY = 'benefitsRegister';

export type BenefitRecorded = DomainEvent<'BenefitRecorded', BenefitFields>;
export type BenefitUpdated = DomainEvent<'BenefitUpdated', BenefitFields>;
export type BenefitStatusChanged = DomainEvent<'BenefitStatusChanged', { benefitId: string; from: BenefitStatus; to: BenefitStatus; note: string }>;
export type BenefitsEvent = BenefitRecorded | BenefitUpdated | BenefitStatusChanged;
