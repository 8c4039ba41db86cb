import type { DomainEvent } from '../shared/decider';

// The assumptions that size the contract-management function; one model per programme.
export const CAPACITY_STREAM_CATEGORY = 'capacityModel';

export type CapacityAssumptionsSet = DomainEvent<
  'CapacityAssumptionsSet',
  { hoursPerContractByTier: Record<string, number>; productiveHoursPerFte: number; fromTemplateId: string | null }
>;
export type CapacityEvent = CapacityAssumptionsSet;
