import type { DomainEvent } from '../shared/decider';
import type { CivilDate } from '../shared/values';
import type { ContractFields } from './contract-fields';
import type { NoticeKind, NoticeTriggerKind } from './notice-rules';
import type { TierRules } from './tier-rules';

// The target contracts the new contract-management function will manage; one register per programme.
export const CONTRACT_REGISTER_STREAM_CATEGORY = 'contractRegister';

// v2 (schemaVersion 2) added procurementStartedOn and regime to the contract; v1 had neither.
export type ContractFieldsV1 = Omit<ContractFields, 'procurementStartedOn' | 'regime'>;
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

// A fact that calls for a notice under the Act (a breach, a failure to improve, a modification, a
// termination), dated; and a notice the council published. Why is the envelope's reason.
export type ContractNoticeTriggerRecorded = DomainEvent<
  'ContractNoticeTriggerRecorded',
  { contractId: string; triggerId: string; kind: NoticeTriggerKind; occurredOn: CivilDate; description: string }
>;
export type ContractNoticePublished = DomainEvent<
  'ContractNoticePublished',
  { contractId: string; noticeId: string; kind: NoticeKind; triggerId: string | null; publishedOn: CivilDate; reference: string | null }
>;

export type ContractRegisterEvent =
  | ContractAdded
  | ContractUpdated
  | ContractRemoved
  | ContractsImported
  | ContractsImportedBatch
  | TierRulesSet
  | ContractNoticeTriggerRecorded
  | ContractNoticePublished;
