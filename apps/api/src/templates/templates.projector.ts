import { projectTemplate, type TemplateEvent, type TemplateRow } from '@orgledger/domain';
import type { Projector } from '../platform/read-models';

export const templateProjector: Projector = {
  model: 'template', // one row per tenant template
  categories: ['template'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: e.streamName.slice(e.streamName.indexOf('_') + 1) }),
  project: (row, e) => projectTemplate(row as TemplateRow | null, { type: e.type, data: e.data } as TemplateEvent),
};
