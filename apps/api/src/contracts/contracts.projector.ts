import { contractRowsFrom, projectTierRules, upcast, type ContractFields, type ContractRegisterEvent, type TierRulesRow } from '@orgledger/domain';
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
