import type { Command } from '../shared/decider';
import type { BusinessCaseAssumptions } from './assumptions';

// Where the programme runs and where the actor belongs: a finance partner decides only for their council.
export type BusinessCaseScope = { programmeAuthorityId: string; actorAuthorityId: string | null };

export type SetBusinessCaseAssumptions = Command<'SetBusinessCaseAssumptions', BusinessCaseScope & { assumptions: BusinessCaseAssumptions; reason: string }>;
export type BusinessCaseCommand = SetBusinessCaseAssumptions;
