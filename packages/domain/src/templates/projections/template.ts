import type { TemplateEvent, TemplateSavedData } from '../events';

export type TemplateRow = TemplateSavedData & { status: 'active' | 'retired' };

// One row per template stream; a retirement before the template exists is ignored.
export const projectTemplate = (row: TemplateRow | null, event: TemplateEvent): TemplateRow | null => {
  switch (event.type) {
    case 'TemplateSaved':
      return { ...event.data, status: 'active' };
    case 'TemplateRetired':
      return row ? { ...row, status: 'retired' } : row;
    default:
      return row;
  }
};
