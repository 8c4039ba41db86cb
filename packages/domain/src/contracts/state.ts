import type { ContractFields } from './contract-fields';
import type { ContractRegisterEvent } from './events';
import type { TierRules } from './tier-rules';
import { emptyNoticeRecord, type ContractNoticeRecord } from './notices-due';

export type ContractRegisterState = {
  contracts: Record<string, ContractFields>;
  importIds: string[];
  // null until the consultant sets rules; DEFAULT_TIER_RULES applies meanwhile.
  tierRules: { rules: TierRules; fromTemplateId: string | null } | null;
  // By contract id: the facts that call for notices and the notices published.
  notices: Record<string, ContractNoticeRecord>;
};

export const initialContractRegisterState: ContractRegisterState = { contracts: {}, importIds: [], tierRules: null, notices: {} };

export const noticeRecordOf = (state: ContractRegisterState, contractId: string): ContractNoticeRecord => state.notices[contractId] ?? emptyNoticeRecord;

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
    case 'ContractNoticeTriggerRecorded': {
      const { contractId, ...trigger } = event.data;
      const record = noticeRecordOf(state, contractId);
      return { ...state, notices: { ...state.notices, [contractId]: { ...record, triggers: [...record.triggers, trigger] } } };
    }
    case 'ContractNoticePublished': {
      const { contractId, ...notice } = event.data;
      const record = noticeRecordOf(state, contractId);
      return { ...state, notices: { ...state.notices, [contractId]: { ...record, published: [...record.published, notice] } } };
    }
    default:
      return state;
  }
};
