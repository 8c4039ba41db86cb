import { projectTemplate, type TemplateEvent, type TemplateRow } from '@orgledger/domain';
import { defineReadModel } from '../platform/read-model';

export const templateModel = defineReadModel<TemplateRow>({
  name: 'template', // one row per tenant template
  categories: ['template'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: e.streamName.slice(e.streamName.indexOf('_') + 1) }),
  evolve: (row, e) => projectTemplate(row, { type: e.type, data: e.data } as TemplateEvent),
});
