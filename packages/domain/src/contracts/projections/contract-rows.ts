import type { ContractFields } from '../contract-fields';
import type { ContractRegisterEvent } from '../events';
import type { TierRules } from '../tier-rules';

// Rows to upsert (row) or delete (row: null), keyed by contract id; events that change no contract give [].
export const contractRowsFrom = (event: ContractRegisterEvent): { contractId: string; row: ContractFields | null }[] => {
  switch (event.type) {
    case 'ContractAdded':
    case 'ContractUpdated':
      return [{ contractId: event.data.contractId, row: event.data }];
    case 'ContractRemoved':
      return [{ contractId: event.data.contractId, row: null }];
    case 'ContractsImportedBatch':
      return event.data.contracts.map((row) => ({ contractId: row.contractId, row }));
    default:
      return [];
  }
};

export type TierRulesRow = { rules: TierRules; fromTemplateId: string | null };

// One row per register; null means none set yet, so DEFAULT_TIER_RULES applies.
export const projectTierRules = (row: TierRulesRow | null, event: ContractRegisterEvent): TierRulesRow | null =>
  event.type === 'TierRulesSet' ? { rules: event.data.rules, fromTemplateId: event.data.fromTemplateId } : row;
