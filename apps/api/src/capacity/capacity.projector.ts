import { projectCapacityAssumptions, type CapacityAssumptionsRow, type CapacityEvent } from '@orgledger/domain';
import type { Projector } from '../platform/read-models';

export const capacityProjector: Projector = {
  model: 'capacityAssumptions', // one row per programme; none until assumptions are set
  categories: ['capacityModel'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: e.streamName.slice(e.streamName.indexOf('_') + 1) }),
  project: (row, e) => projectCapacityAssumptions(row as CapacityAssumptionsRow | null, { type: e.type, data: e.data } as CapacityEvent),
};
