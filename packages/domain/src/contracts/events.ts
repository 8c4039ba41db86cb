import type { DomainEvent } from '../shared/decider';
import type { ContractFields } from './contract-fields';
import type { TierRules } from './tier-rules';

// The target contracts the new contract-management function will manage; one register per programme.
export const CONTRACT_REGISTER_STREAM_CATEGORY = 'contractRegister';

export type ContractAdded = DomainEvent<'ContractAdded', ContractFields>;
export type ContractUpdated = DomainEvent<'ContractUpdated', ContractFields>;
export type ContractRemoved = DomainEvent<'ContractRemoved', { contractId: string }>;
// One import is one summary event followed by the changed contracts in batches of at most 250.
export type ContractsImported = DomainEvent<
  'ContractsImported',
  { importId: string; fileName: string; rowCount: number; created: number; updated: number; unchanged: number }
>;
export type ContractsImportedBatch = DomainEvent<'ContractsImportedBatch', { importId: string; contracts: ContractFields[] }>;
export type TierRulesSet = DomainEvent<'TierRulesSet', { rules: TierRules; fromTemplateId: string | null }>;

export type ContractRegisterEvent = ContractAdded | ContractUpdated | ContractRemoved | ContractsImported | ContractsImportedBatch | TierRulesSet;
