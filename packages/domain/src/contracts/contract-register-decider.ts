import type { Decider } from '../shared/decider';
import { conflict, invalid, notFound } from './errors';
import { requireId, requireText } from '../shared/values';
import type { AddContract, ContractRegisterCommand, ImportContracts, RemoveContract, SetTierRules, UpdateContract } from './commands';
import { contractReferenceKey, sameContractFields, validateContractFields, type ContractFields } from './contract-fields';
import type { ContractRegisterEvent } from './events';
import { parseContractRows } from './import';
import { recordNoticePublished, recordNoticeTrigger } from './notices';
import { evolveContractRegister, initialContractRegisterState, type ContractRegisterState } from './state';
import { sameTierRules, validateTierRules } from './tier-rules';

export const MAX_CONTRACT_IMPORT_ROWS = 5000;
export const CONTRACTS_PER_IMPORT_BATCH = 250;
export const MAX_CONTRACT_IMPORT_FILE_NAME = 255;

const byReference = (state: ContractRegisterState, reference: string): ContractFields | undefined =>
  Object.values(state.contracts).find((c) => contractReferenceKey(c.reference) === contractReferenceKey(reference));

const requireReferenceFree = (state: ContractRegisterState, contract: ContractFields) => {
  const holder = byReference(state, contract.reference);
  if (holder && holder.contractId !== contract.contractId) {
    throw invalid(
      'CONTRACT_REFERENCE_TAKEN',
      `Reference ${contract.reference} is already used by "${holder.title}"; each contract in the register needs its own reference.`,
      { field: 'reference', reference: contract.reference, contractId: holder.contractId },
    );
  }
};

const existing = (state: ContractRegisterState, contractId: string): ContractFields => {
  const contract = state.contracts[contractId];
  if (!contract) throw notFound('CONTRACT_NOT_FOUND', 'This contract is not in the register.', { contractId });
  return contract;
};

const addContract = ({ data }: AddContract, state: ContractRegisterState): ContractRegisterEvent[] => {
  const contract = validateContractFields(data.contract, data);
  if (state.contracts[contract.contractId]) {
    throw conflict('CONTRACT_ALREADY_EXISTS', 'This contract is already in the register.', { contractId: contract.contractId });
  }
  requireReferenceFree(state, contract);
  return [{ type: 'ContractAdded', data: contract }];
};

const updateContract = ({ data }: UpdateContract, state: ContractRegisterState): ContractRegisterEvent[] => {
  const current = existing(state, data.contract.contractId);
  const contract = validateContractFields(data.contract, data);
  requireReferenceFree(state, contract);
  return sameContractFields(current, contract) ? [] : [{ type: 'ContractUpdated', data: contract }];
};

const removeContract = ({ data }: RemoveContract, state: ContractRegisterState): ContractRegisterEvent[] => {
  existing(state, data.contractId);
  return [{ type: 'ContractRemoved', data: { contractId: data.contractId } }];
};

// All or nothing: one bad cell rejects the sheet, with every problem listed so it can be fixed in one go.
// Rows update contracts by reference; contracts missing from the sheet are left as they are.
const importContracts = ({ data }: ImportContracts, state: ContractRegisterState): ContractRegisterEvent[] => {
  const importId = requireId('importId', data.importId);
  const fileName = requireText('fileName', data.fileName, { max: MAX_CONTRACT_IMPORT_FILE_NAME });
  if (state.importIds.includes(importId)) {
    throw conflict('IMPORT_ALREADY_RECORDED', 'This import has already been recorded.', { importId });
  }
  if (!Array.isArray(data.rows) || data.rows.length === 0) {
    throw invalid('IMPORT_EMPTY', `${fileName} has no contract rows: add one row per contract below the header row.`);
  }
  if (data.rows.length > MAX_CONTRACT_IMPORT_ROWS) {
    throw invalid('IMPORT_TOO_LARGE', `${fileName} has ${data.rows.length} rows; import at most ${MAX_CONTRACT_IMPORT_ROWS} at a time.`, {
      rows: data.rows.length,
      max: MAX_CONTRACT_IMPORT_ROWS,
    });
  }
  const { contracts, problems } = parseContractRows(data.rows, data);
  if (problems.length > 0) {
    const n = new Set(problems.map((p) => p.row)).size;
    throw invalid('IMPORT_REJECTED', `${n} ${n === 1 ? 'row has' : 'rows have'} problems; nothing was imported. Fix them and import the sheet again.`, {
      problems,
    });
  }
  let created = 0;
  let unchanged = 0;
  const changed: ContractFields[] = [];
  for (const parsed of contracts) {
    const current = byReference(state, parsed.reference);
    if (current) {
      const contract = { ...parsed, contractId: current.contractId };
      if (sameContractFields(current, contract)) unchanged++;
      else changed.push(contract);
      continue;
    }
    // A new id must come with the command and must not already belong to another contract.
    if (!parsed.contractId || state.contracts[parsed.contractId]) {
      throw invalid('IMPORT_CONTRACT_ID_MISSING', `No new contract id was supplied for reference ${parsed.reference}.`, {
        reference: parsed.reference,
      });
    }
    created++;
    changed.push(parsed);
  }
  const batches: ContractRegisterEvent[] = [];
  for (let i = 0; i < changed.length; i += CONTRACTS_PER_IMPORT_BATCH) {
    batches.push({ type: 'ContractsImportedBatch', data: { importId, contracts: changed.slice(i, i + CONTRACTS_PER_IMPORT_BATCH) } });
  }
  const summary = { importId, fileName, rowCount: data.rows.length, created, updated: changed.length - created, unchanged };
  return [{ type: 'ContractsImported', data: summary }, ...batches];
};

const setTierRules = ({ data }: SetTierRules, state: ContractRegisterState): ContractRegisterEvent[] => {
  const rules = validateTierRules(data.rules);
  const fromTemplateId = data.fromTemplateId ? requireId('fromTemplateId', data.fromTemplateId) : null;
  const current = state.tierRules;
  if (current && current.fromTemplateId === fromTemplateId && sameTierRules(current.rules, rules)) return [];
  return [{ type: 'TierRulesSet', data: { rules, fromTemplateId } }];
};

export const decideContractRegister = (command: ContractRegisterCommand, state: ContractRegisterState): ContractRegisterEvent[] => {
  switch (command.type) {
    case 'AddContract':
      return addContract(command, state);
    case 'UpdateContract':
      return updateContract(command, state);
    case 'RemoveContract':
      return removeContract(command, state);
    case 'ImportContracts':
      return importContracts(command, state);
    case 'SetTierRules':
      return setTierRules(command, state);
    case 'RecordContractNoticeTrigger':
      return recordNoticeTrigger(command, state);
    case 'RecordContractNoticePublished':
      return recordNoticePublished(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown contract register command ${(unknown as { type: string }).type}`);
    }
  }
};

export const contractRegisterDecider: Decider<ContractRegisterCommand, ContractRegisterEvent, ContractRegisterState> = {
  decide: decideContractRegister,
  evolve: evolveContractRegister,
  initialState: initialContractRegisterState,
};
