import {
  contractRowsFrom,
  noticeContractIdOf,
  projectContractNotices,
  projectTierRules,
  upcast,
  type ContractFields,
  type ContractNoticeRecord,
  type ContractRegisterEvent,
  type TierRulesRow,
} from '@orgledger/domain';
import { defineReadModel, domainEventOf, idAfterTenant } from '../platform/read-model';

export type ContractReadRow = ContractFields & { programmeId: string };
// One row per register: its tier rules (null until set) and its revision, which a screen sends
// back as expectedRevision so that an edit made over someone else's is a CONFLICT.
export type ContractRegisterReadRow = { programmeId: string; tierRules: TierRulesRow | null; revision: number };

// One row per target contract, under its programme.
// Rows are read from the upcast event: a contract recorded before v2 has no procurement facts.
export const contractModel = defineReadModel<ContractReadRow>({
  name: 'contract',
  version: 2,
  categories: ['contractRegister'],
  rows: (e) => {
    const programmeId = idAfterTenant(e);
    return contractRowsFrom(upcast(e) as ContractRegisterEvent).map(({ contractId, row }) => ({
      tenantId: e.metadata.tenantId,
      id: contractId,
      parentId: programmeId,
      row: row && { ...row, programmeId },
    }));
  },
});

export const contractRegisterModel = defineReadModel<ContractRegisterReadRow>({
  name: 'contractRegister',
  categories: ['contractRegister'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: idAfterTenant(e) }),
  evolve: (row, e) => ({
    programmeId: idAfterTenant(e),
    tierRules: projectTierRules(row?.tierRules ?? null, domainEventOf<ContractRegisterEvent>(e)),
    revision: Number(e.revision),
  }),
});

// One row per contract with notices: the facts that call for them and those published.
export const contractNoticesModel = defineReadModel<ContractNoticeRecord & { programmeId: string }>({
  name: 'contractNotices',
  categories: ['contractRegister'],
  key: (e) => {
    const contractId = noticeContractIdOf(domainEventOf<ContractRegisterEvent>(e));
    return contractId ? { tenantId: e.metadata.tenantId, id: contractId, parentId: idAfterTenant(e) } : null;
  },
  evolve: (row, e) => {
    const next = projectContractNotices(row, domainEventOf<ContractRegisterEvent>(e));
    return next && { ...next, programmeId: idAfterTenant(e) };
  },
});
