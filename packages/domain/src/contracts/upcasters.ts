import { asStored, type Upcasters } from '../shared/upcasting';
import type { ContractRegisterEvent } from './events';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const contractRegisterUpcasters: Upcasters<ContractRegisterEvent> = {
  ContractAdded: { 1: asStored },
  ContractUpdated: { 1: asStored },
  ContractRemoved: { 1: asStored },
  ContractsImported: { 1: asStored },
  ContractsImportedBatch: { 1: asStored },
  TierRulesSet: { 1: asStored },
};
