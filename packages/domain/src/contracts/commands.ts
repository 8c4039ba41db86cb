import type { Command } from '../shared/decider';
import type { ContractFields } from './contract-fields';
import type { ContractImportContext, ContractRow } from './import';
import type { NoticeKind, NoticeTriggerKind } from './notice-rules';
import type { TierRules } from './tier-rules';

// The API passes the council's services and the establishment's posts, read from their own streams.
export type AddContract = Command<'AddContract', { contract: ContractFields; knownServiceIds: string[]; knownPostIds: string[] }>;
export type UpdateContract = Command<'UpdateContract', { contract: ContractFields; knownServiceIds: string[]; knownPostIds: string[] }>;
export type RemoveContract = Command<'RemoveContract', { contractId: string }>;
export type ImportContracts = Command<'ImportContracts', { importId: string; fileName: string; rows: ContractRow[] } & ContractImportContext>;
export type SetTierRules = Command<'SetTierRules', { rules: TierRules; fromTemplateId: string | null }>;

export type RecordContractNoticeTrigger = Command<
  'RecordContractNoticeTrigger',
  { contractId: string; triggerId: string; kind: NoticeTriggerKind; occurredOn: string; description: string }
>;
export type RecordContractNoticePublished = Command<
  'RecordContractNoticePublished',
  { contractId: string; noticeId: string; kind: NoticeKind; triggerId: string | null; publishedOn: string; reference: string | null }
>;

export type ContractRegisterCommand =
  AddContract | UpdateContract | RemoveContract | ImportContracts | SetTierRules | RecordContractNoticeTrigger | RecordContractNoticePublished;
