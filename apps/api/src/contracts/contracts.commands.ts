import {
  authorityDecider,
  CONTRACT_REGISTER_STREAM_CATEGORY,
  contractReferenceKey,
  contractRegisterDecider,
  establishmentDecider,
  MAX_CONTRACT_IMPORT_ROWS,
  requireText,
  type CommandMetadata,
  type ContractFields,
  type ContractRow,
  type ContractRegisterCommand,
  type NoticeKind,
  type NoticeTriggerKind,
  type TierRules,
} from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import { establishmentStream } from '../establishment';
import { readSheet, type ColumnSpec } from '../imports';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import type { Deps } from '../platform/app-context';
import { commandHandler, expectedRevisionOf } from '../platform/command-handler';

export const contractRegisterStream = (tenantId: string, programmeId: string) => streamName(CONTRACT_REGISTER_STREAM_CATEGORY, tenantId, programmeId);

export type ProgrammeScope = { programmeId: string; authorityId: string };

// One contract register stream per programme.
export class ContractsHandler extends commandHandler(contractRegisterDecider, (command: ContractRegisterCommand, at: ProgrammeScope) =>
  contractRegisterStream(command.metadata.tenantId, at.programmeId),
) {}

// The sheet's columns, keyed as the domain's ContractRow; headers are matched loosely.
export const CONTRACT_COLUMNS: ColumnSpec[] = [
  { key: 'reference', label: 'Reference', aliases: ['contract reference', 'contract ref', 'ref', 'contract id', 'contract number'], required: true },
  { key: 'title', label: 'Title', aliases: ['contract title', 'contract name', 'description'], required: true },
  { key: 'supplier', label: 'Supplier', aliases: ['supplier name', 'provider', 'contractor', 'vendor'], required: true },
  { key: 'service', label: 'Service', aliases: ['service name', 'owning service', 'department'], required: true },
  { key: 'annualValue', label: 'Annual value', aliases: ['annual value £', 'annual contract value', 'value per year', 'annual cost'], required: true },
  { key: 'wholeLifeValue', label: 'Whole-life value', aliases: ['whole life value', 'total contract value', 'total value', 'lifetime value'], required: true },
  { key: 'startDate', label: 'Start date', aliases: ['start', 'contract start', 'commencement date'], required: true },
  { key: 'endDate', label: 'End date', aliases: ['end', 'contract end', 'expiry date', 'expiry'], required: true },
  { key: 'risk', label: 'Risk', aliases: ['risk rating', 'risk level'], required: true },
  { key: 'vfmConcern', label: 'VFM concern', aliases: ['value for money concern', 'vfm', 'vfm issue'], required: false },
  { key: 'vfmNote', label: 'VFM note', aliases: ['value for money note', 'vfm notes', 'vfm comment'], required: false },
  {
    key: 'contractManagerPost',
    label: 'Contract manager post',
    aliases: ['contract manager', 'contract manager post reference', 'manager post', 'cm post'],
    required: false,
  },
  { key: 'kpisSet', label: 'KPIs set', aliases: ['kpis', 'number of kpis', 'kpi count'], required: false },
  { key: 'exempt', label: 'Exempt', aliases: ['exemption', 'kpi exemption', 'exempt from kpis'], required: false },
  {
    key: 'procurementStartedOn',
    label: 'Procurement started',
    aliases: ['procurement start date', 'procurement start', 'procurement began', 'tender notice date'],
    required: false,
  },
  { key: 'regime', label: 'Regime', aliases: ['procurement regime', 'procured under', 'legislation'], required: false },
];

// What the register decider needs to know beyond its own stream: the council's services and posts.
const registerFacts = async (deps: Deps, tenantId: string, authorityId: string) => {
  const authority = await loadState(deps.store, streamName('authority', tenantId, authorityId), authorityDecider);
  const services = authority.status === 'none' ? [] : authority.services;
  const establishment = await loadState(deps.store, establishmentStream(tenantId, authorityId), establishmentDecider);
  const posts = Object.values(establishment.posts);
  return {
    knownServices: services.map((s) => ({ serviceId: s.serviceId, name: s.name })),
    knownServiceIds: services.map((s) => s.serviceId),
    knownPosts: posts.map((p) => ({ postId: p.postId, reference: p.reference })),
    knownPostIds: posts.map((p) => p.postId),
  };
};

export type ContractInput = Omit<ContractFields, 'contractId'>;

type Expected = { expectedRevision?: number | null };
export const addContract = async (deps: Deps, meta: CommandMetadata, scope: ProgrammeScope, contract: ContractInput) => {
  const contractId = derivedUuid(meta.commandId, 'contract');
  const { knownServiceIds, knownPostIds } = await registerFacts(deps, meta.tenantId, scope.authorityId);
  await deps.send(
    ContractsHandler,
    { type: 'AddContract', data: { contract: { ...contract, contractId }, knownServiceIds, knownPostIds }, metadata: meta },
    scope,
  );
  return contractId;
};

export const updateContract = async (deps: Deps, meta: CommandMetadata, scope: ProgrammeScope, contract: ContractFields, options: Expected = {}) => {
  const { knownServiceIds, knownPostIds } = await registerFacts(deps, meta.tenantId, scope.authorityId);
  await deps.send(
    ContractsHandler,
    { type: 'UpdateContract', data: { contract, knownServiceIds, knownPostIds }, metadata: meta },
    { ...scope, ...expectedRevisionOf(options) },
  );
  return contract.contractId;
};

export const removeContract = async (deps: Deps, meta: CommandMetadata, scope: ProgrammeScope, contractId: string) => {
  await deps.send(ContractsHandler, { type: 'RemoveContract', data: { contractId }, metadata: meta }, scope);
  return contractId;
};

// An import is one decision: every row is accepted or none is. Ids for new references are derived
// from the command id and the upper-cased reference, so a retried import assigns the same ids.
export const importContracts = async (deps: Deps, meta: CommandMetadata, scope: ProgrammeScope, input: { fileName: string; contentBase64: string }) => {
  const fileName = requireText('fileName', input.fileName, { max: 200 });
  const rows = await readSheet(fileName, input.contentBase64, CONTRACT_COLUMNS, MAX_CONTRACT_IMPORT_ROWS);
  const { knownServices, knownPosts } = await registerFacts(deps, meta.tenantId, scope.authorityId);
  const importId = derivedUuid(meta.commandId, 'import');
  const contractIdsByReference: Record<string, string> = {};
  for (const r of rows) {
    const key = contractReferenceKey(r.cells.reference);
    if (key) contractIdsByReference[key] = derivedUuid(meta.commandId, 'contract', key);
  }
  const outcome = await deps.send(
    ContractsHandler,
    {
      type: 'ImportContracts',
      data: {
        importId,
        fileName,
        rows: rows.map((r) => ({ row: r.row, ...r.cells }) as ContractRow),
        contractIdsByReference,
        knownServices,
        knownPosts,
      },
      metadata: meta,
    },
    scope,
  );
  const summary = outcome.events.find((e) => e.type === 'ContractsImported');
  return { importId, ...(summary?.data as { fileName: string; rowCount: number; created: number; updated: number; unchanged: number }) };
};

export const setTierRules = (deps: Deps, meta: CommandMetadata, scope: ProgrammeScope, rules: TierRules, fromTemplateId: string | null = null) =>
  deps.send(ContractsHandler, { type: 'SetTierRules', data: { rules, fromTemplateId }, metadata: meta }, scope);

export type NoticeTriggerInput = { contractId: string; kind: NoticeTriggerKind; occurredOn: string; description: string };
export const recordNoticeTrigger = async (deps: Deps, meta: CommandMetadata, scope: ProgrammeScope, input: NoticeTriggerInput) => {
  const triggerId = derivedUuid(meta.commandId, 'notice-trigger');
  await deps.send(ContractsHandler, { type: 'RecordContractNoticeTrigger', data: { ...input, triggerId }, metadata: meta }, scope);
  return triggerId;
};

export type NoticePublishedInput = { contractId: string; kind: NoticeKind; triggerId: string | null; publishedOn: string; reference: string | null };
export const recordNoticePublished = async (deps: Deps, meta: CommandMetadata, scope: ProgrammeScope, input: NoticePublishedInput) => {
  const noticeId = derivedUuid(meta.commandId, 'notice');
  await deps.send(ContractsHandler, { type: 'RecordContractNoticePublished', data: { ...input, noticeId }, metadata: meta }, scope);
  return noticeId;
};
