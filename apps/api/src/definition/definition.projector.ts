import { projectDefinition, type DefinitionAgreement, type DefinitionEvent, type DefinitionRow } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import type { Projector } from '../platform/read-models';

// The domain row keeps agreements for the current version only; the agreements a superseded
// version had are kept beside it so the version history can show who agreed what.
export type DefinitionReadRow = DefinitionRow & { earlierAgreements: Record<number, DefinitionAgreement[]> };

const programmeOf = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

export const definitionProjector: Projector = {
  model: 'cmDefinition',
  categories: ['cmDefinition'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: programmeOf(e), parentId: e.metadata.authorityId ?? null }),
  project: (stored, e) => {
    const row = stored as DefinitionReadRow | null;
    const next = projectDefinition(row, { type: e.type, data: e.data } as DefinitionEvent);
    if (!next) return null;
    const earlierAgreements = { ...(row?.earlierAgreements ?? {}) };
    if (e.type === 'DefinitionDrafted' && row?.current) earlierAgreements[row.current.version] = row.current.agreements;
    return { ...next, earlierAgreements };
  },
};
