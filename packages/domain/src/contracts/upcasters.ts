import { asStored, type Upcasters } from '../shared/upcasting';
import type { ContractFields } from './contract-fields';
import type { ContractFieldsV1, ContractRegisterEvent, ContractsImportedBatch } from './events';

// A contract recorded before v2 says nothing of its procurement: its regime is "not recorded",
// never guessed from its start date.
const contractV1 = (data: unknown): ContractFields => ({ ...(data as ContractFieldsV1), procurementStartedOn: null, regime: null });
const batchV1 = (data: unknown): ContractsImportedBatch['data'] => {
  const { importId, contracts } = data as { importId: string; contracts: ContractFieldsV1[] };
  return { importId, contracts: contracts.map(contractV1) };
};

// Every stored version of each event of this context, read into today's shape.
export const contractRegisterUpcasters: Upcasters<ContractRegisterEvent> = {
  ContractAdded: { 1: contractV1, 2: asStored },
  ContractUpdated: { 1: contractV1, 2: asStored },
  ContractRemoved: { 1: asStored },
  ContractsImported: { 1: asStored },
  ContractsImportedBatch: { 1: batchV1, 2: asStored },
  TierRulesSet: { 1: asStored },
  ContractNoticeTriggerRecorded: { 1: asStored },
  ContractNoticePublished: { 1: asStored },
};
