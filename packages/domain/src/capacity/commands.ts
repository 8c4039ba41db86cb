import type { Command } from '../shared/decider';

export type SetCapacityAssumptions = Command<
  'SetCapacityAssumptions',
  { hoursPerContractByTier: Record<string, number>; productiveHoursPerFte: number; fromTemplateId: string | null }
>;
export type CapacityCommand = SetCapacityAssumptions;
