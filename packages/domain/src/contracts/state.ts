import type { ContractFields } from './contract-fields';
import type { ContractRegisterEvent } from './events';
import type { TierRules } from './tier-rules';

export type ContractRegisterState = {
  contracts: Record<string, ContractFields>;
  importIds: string[];
  // null until the consultant sets rules; DEFAULT_TIER_RULES applies meanwhile.
  tierRules: { rules: TierRules; fromTemplateId: string | null } | null;
};

export const initialContractRegisterState: ContractRegisterState = { contracts: {}, importIds: [], tierRules: null };

export const evolveContractRegister = (state: ContractRegisterState, event: ContractRegisterEvent): ContractRegisterState => {
  switch (event.type) {
    case 'ContractAdded':
    case 'ContractUpdated':
      return { ...state, contracts: { ...state.contracts, [event.data.contractId]: event.data } };
    case 'ContractRemoved': {
      const { [event.data.contractId]: _removed, ...contracts } = state.contracts;
      return { ...state, contracts };
    }
    case 'ContractsImported':
      return { ...state, importIds: [...state.importIds, event.data.importId] };
    case 'ContractsImportedBatch': {
      const contracts = { ...state.contracts };
      for (const contract of event.data.contracts) contracts[contract.contractId] = contract;
      return { ...state, contracts };
    }
    case 'TierRulesSet':
      return { ...state, tierRules: { rules: event.data.rules, fromTemplateId: event.data.fromTemplateId } };
    default:
      return state;
  }
};
