import type { BenefitFields } from './benefit-fields';
import type { BenefitsEvent } from './events';

export type BenefitsState = { benefits: Record<string, BenefitFields> };

export const initialBenefitsState: BenefitsState = { benefits: {} };

export const evolveBenefits = (state: BenefitsState, event: BenefitsEvent): BenefitsState => {
  switch (event.type) {
    case 'BenefitRecorded':
    case 'BenefitUpdated':
      return { benefits: { ...state.benefits, [event.data.benefitId]: event.data } };
    case 'BenefitStatusChanged': {
      const benefit = state.benefits[event.data.benefitId];
      return benefit ? { benefits: { ...state.benefits, [benefit.benefitId]: { ...benefit, status: event.data.to } } } : state;
    }
    default:
      return state;
  }
};
