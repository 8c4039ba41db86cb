import { DESIGN_AUTHORITY_STREAM_CATEGORY, projectDesignAuthority, type DesignAuthorityEvent, type DesignAuthorityRow } from '@orgledger/domain';
import type { RecordedEvent } from '@orgledger/event-store';
import { defineReadModel } from '../platform/read-model';

// One row per programme: submissions with decisions and conditions, and the gate.
export type DesignAuthorityReadRow = DesignAuthorityRow & { programmeId: string; since: string };

const programmeOf = (e: RecordedEvent) => e.streamName.slice(e.streamName.indexOf('_') + 1);

export const designAuthorityModel = defineReadModel<DesignAuthorityReadRow>({
  name: 'designAuthority',
  categories: [DESIGN_AUTHORITY_STREAM_CATEGORY],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: programmeOf(e) }),
  evolve: (row, e) => ({
    ...projectDesignAuthority(row, { type: e.type, data: e.data } as DesignAuthorityEvent),
    programmeId: programmeOf(e),
    since: e.metadata.occurredAt,
  }),
});
