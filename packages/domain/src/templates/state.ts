import type { TemplateEvent, TemplateSavedData } from './events';

export type TemplateState = { status: 'none' } | ({ status: 'active' | 'retired' } & TemplateSavedData);

export const initialTemplateState: TemplateState = { status: 'none' };

export const evolveTemplate = (state: TemplateState, event: TemplateEvent): TemplateState => {
  switch (event.type) {
    case 'TemplateSaved':
      return { status: 'active', ...event.data };
    case 'TemplateRetired':
      return state.status === 'none' ? state : { ...state, status: 'retired' };
    default:
      return state;
  }
};
