import { contractRowsFrom, projectTierRules, type ContractFields, type ContractRegisterEvent, type TierRulesRow } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import type { Projector } from '../platform/read-models';

export type ContractReadRow = ContractFields & { programmeId: string };
// One row per register: its tier rules (null until set) and its revision, which a screen sends
// back as expectedRevision so that an edit made over someone else's is a CONFLICT.
export type ContractRegisterReadRow = { programmeId: string; tierRules: TierRulesRow | null; revision: number };

const programmeOf = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);
const asDomain = (e: RecordedEvent) => ({ type: e.type, data: e.data }) as ContractRegisterEvent;

export const contractProjectors: Projector[] = [
  {
    model: 'contract', // one row per target contract, under its programme
    categories: ['contractRegister'],
    rows: (e) => {
      const programmeId = programmeOf(e);
      return contractRowsFrom(asDomain(e)).map(({ contractId, row }) => ({
        tenantId: e.metadata.tenantId,
        id: contractId,
        parentId: programmeId,
        row: row && { ...row, programmeId },
      }));
    },
  },
  {
    model: 'contractRegister',
    categories: ['contractRegister'],
    key: (e) => ({ tenantId: e.metadata.tenantId, id: programmeOf(e) }),
    project: (stored, e) => {
      const row = stored as ContractRegisterReadRow | null;
      return { programmeId: programmeOf(e), tierRules: projectTierRules(row?.tierRules ?? null, asDomain(e)), revision: Number(e.revision) };
    },
  },
];
