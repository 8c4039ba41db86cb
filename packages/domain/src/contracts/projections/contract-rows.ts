import type { ContractFields } from '../contract-fields';
import type { ContractRegisterEvent } from '../events';
import type { TierRules } from '../tier-rules';
import { emptyNoticeRecord, type ContractNoticeRecord } from '../notices-due';

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

// One row per contract: the facts that call for its notices and the notices published; other events change none.
export const noticeContractIdOf = (event: ContractRegisterEvent): string | null =>
  event.type === 'ContractNoticeTriggerRecorded' || event.type === 'ContractNoticePublished' ? event.data.contractId : null;

export const projectContractNotices = (row: ContractNoticeRecord | null, event: ContractRegisterEvent): ContractNoticeRecord | null => {
  const record = row ?? emptyNoticeRecord;
  if (event.type === 'ContractNoticeTriggerRecorded') {
    const { contractId: _contract, ...trigger } = event.data;
    return { ...record, triggers: [...record.triggers, trigger] };
  }
  if (event.type === 'ContractNoticePublished') {
    const { contractId: _contract, ...notice } = event.data;
    return { ...record, published: [...record.published, notice] };
  }
  return row;
};
