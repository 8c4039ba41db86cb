import { projectCapacityAssumptions, type CapacityAssumptionsRow, type CapacityEvent } from '@orgledger/domain';
import { defineReadModel } from '../platform/read-model';

export const capacityAssumptionsModel = defineReadModel<CapacityAssumptionsRow>({
  name: 'capacityAssumptions', // one row per programme; none until assumptions are set
  categories: ['capacityModel'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: e.streamName.slice(e.streamName.indexOf('_') + 1) }),
  evolve: (row, e) => projectCapacityAssumptions(row, { type: e.type, data: e.data } as CapacityEvent),
});
