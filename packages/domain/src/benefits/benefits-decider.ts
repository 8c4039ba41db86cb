import type { Decider } from '../shared/decider';
import { conflict, invalid, notFound } from './errors';
import { requireText } from '../shared/values';
import { MAX_BENEFIT_STATUS_NOTE, requireBenefitStatus, sameBenefitFields, validateBenefitFields, type BenefitFields } from './benefit-fields';
import type { BenefitsCommand, ChangeBenefitStatus, RecordBenefit, UpdateBenefit } from './commands';
import type { BenefitsEvent } from './events';
import { evolveBenefits, initialBenefitsState, type BenefitsState } from './state';

const existing = (state: BenefitsState, benefitId: string): BenefitFields => {
  const benefit = state.benefits[benefitId];
  if (!benefit) throw notFound('BENEFIT_NOT_FOUND', 'This benefit is not in the benefits register.', { benefitId });
  return benefit;
};

const recordBenefit = ({ data }: RecordBenefit, state: BenefitsState): BenefitsEvent[] => {
  const benefit = validateBenefitFields(data.benefit);
  if (state.benefits[benefit.benefitId]) {
    throw conflict('BENEFIT_ALREADY_EXISTS', 'This benefit is already in the benefits register.', { benefitId: benefit.benefitId });
  }
  return [{ type: 'BenefitRecorded', data: benefit }];
};

// Status moves only through ChangeBenefitStatus, so every move carries a note for the benefits log.
const updateBenefit = ({ data }: UpdateBenefit, state: BenefitsState): BenefitsEvent[] => {
  const current = existing(state, data.benefit.benefitId);
  const benefit = validateBenefitFields(data.benefit);
  if (benefit.status !== current.status) {
    throw invalid(
      'BENEFIT_STATUS_NEEDS_CHANGE',
      `To move this benefit from ${current.status} to ${benefit.status}, change its status with a note; an edit keeps the status as it is.`,
      { field: 'status', from: current.status, to: benefit.status },
    );
  }
  return sameBenefitFields(current, benefit) ? [] : [{ type: 'BenefitUpdated', data: benefit }];
};

const changeStatus = ({ data }: ChangeBenefitStatus, state: BenefitsState): BenefitsEvent[] => {
  const current = existing(state, data.benefitId);
  const to = requireBenefitStatus('status', data.status);
  const note = requireText('note', data.note ?? '', { min: 0, max: MAX_BENEFIT_STATUS_NOTE });
  if (to === current.status) {
    throw invalid('BENEFIT_STATUS_UNCHANGED', `"${current.title}" is already ${to}: choose a different status.`, { status: to });
  }
  return [{ type: 'BenefitStatusChanged', data: { benefitId: current.benefitId, from: current.status, to, note } }];
};

export const decideBenefits = (command: BenefitsCommand, state: BenefitsState): BenefitsEvent[] => {
  switch (command.type) {
    case 'RecordBenefit':
      return recordBenefit(command, state);
    case 'UpdateBenefit':
      return updateBenefit(command, state);
    case 'ChangeBenefitStatus':
      return changeStatus(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown benefits command ${(unknown as { type: string }).type}`);
    }
  }
};

export const benefitsDecider: Decider<BenefitsCommand, BenefitsEvent, BenefitsState> = {
  decide: decideBenefits,
  evolve: evolveBenefits,
  initialState: initialBenefitsState,
};
