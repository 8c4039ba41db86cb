import type { CapacityEvent } from '../events';

export type CapacityAssumptionsRow = { hoursPerContractByTier: Record<string, number>; productiveHoursPerFte: number; fromTemplateId: string | null };

// One row per programme; null means none set yet, so DEFAULT_CAPACITY_ASSUMPTIONS apply.
export const projectCapacityAssumptions = (row: CapacityAssumptionsRow | null, event: CapacityEvent): CapacityAssumptionsRow | null =>
  event.type === 'CapacityAssumptionsSet' ? { ...event.data } : row;
