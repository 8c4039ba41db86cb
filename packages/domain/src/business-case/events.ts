import type { DomainEvent } from '../shared/decider';
import type { BusinessCaseAssumptions } from './assumptions';

// The assumptions as decided, whole, with why: a replay as at any date reads the ones then in force.
export type BusinessCaseAssumptionsSet = DomainEvent<'BusinessCaseAssumptionsSet', BusinessCaseAssumptions & { reason: string }>;
export type BusinessCaseEvent = BusinessCaseAssumptionsSet;
