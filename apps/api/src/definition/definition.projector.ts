import { projectDefinition, type DefinitionAgreement, type DefinitionEvent, type DefinitionRow } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import { defineReadModel } from '../platform/read-model';

// The domain row keeps agreements for the current version only; the agreements a superseded
// version had are kept beside it so the version history can show who agreed what.
export type DefinitionReadRow = DefinitionRow & { earlierAgreements: Record<number, DefinitionAgreement[]> };

const programmeOf = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

export const definitionModel = defineReadModel<DefinitionReadRow>({
  name: 'cmDefinition',
  categories: ['cmDefinition'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: programmeOf(e), parentId: e.metadata.authorityId ?? null }),
  evolve: (stored, e) => {
    const row = stored;
    const next = projectDefinition(row, { type: e.type, data: e.data } as DefinitionEvent);
    if (!next) return null;
    const earlierAgreements = { ...(row?.earlierAgreements ?? {}) };
    if (e.type === 'DefinitionDrafted' && row?.current) earlierAgreements[row.current.version] = row.current.agreements;
    return { ...next, earlierAgreements };
  },
});
