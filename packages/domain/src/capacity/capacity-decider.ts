import type { Decider } from '../shared/decider';
import { requireId } from '../shared/values';
import { sameCapacityAssumptions, validateCapacityAssumptions, type CapacityAssumptions } from './assumptions';
import type { CapacityCommand, SetCapacityAssumptions } from './commands';
import type { CapacityEvent } from './events';

// null until set; DEFAULT_CAPACITY_ASSUMPTIONS apply meanwhile.
export type CapacityState = { assumptions: CapacityAssumptions; fromTemplateId: string | null } | null;
export const initialCapacityState: CapacityState = null;

export const evolveCapacity = (state: CapacityState, event: CapacityEvent): CapacityState => {
  switch (event.type) {
    case 'CapacityAssumptionsSet': {
      const { hoursPerContractByTier, productiveHoursPerFte, fromTemplateId } = event.data;
      return { assumptions: { hoursPerContractByTier, productiveHoursPerFte }, fromTemplateId };
    }
    default:
      return state;
  }
};

const setAssumptions = ({ data }: SetCapacityAssumptions, state: CapacityState): CapacityEvent[] => {
  const assumptions = validateCapacityAssumptions(data);
  const fromTemplateId = data.fromTemplateId ? requireId('fromTemplateId', data.fromTemplateId) : null;
  if (state && state.fromTemplateId === fromTemplateId && sameCapacityAssumptions(state.assumptions, assumptions)) return [];
  return [{ type: 'CapacityAssumptionsSet', data: { ...assumptions, fromTemplateId } }];
};

export const decideCapacity = (command: CapacityCommand, state: CapacityState): CapacityEvent[] => {
  switch (command.type) {
    case 'SetCapacityAssumptions':
      return setAssumptions(command, state);
    default: {
      const unknown: never = command.type;
      throw new Error(`Unknown capacity command ${unknown}`);
    }
  }
};

export const capacityDecider: Decider<CapacityCommand, CapacityEvent, CapacityState> = {
  decide: decideCapacity,
  evolve: evolveCapacity,
  initialState: initialCapacityState,
};
