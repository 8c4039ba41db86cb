import type { DefinitionEvent } from './events';

export type DefinitionState = { status: 'none' } | { status: 'drafted'; version: number; text: string; agreedBy: string[] /* names, compared loosely */ };

export const initialDefinitionState: DefinitionState = { status: 'none' };

export const evolveDefinition = (state: DefinitionState, event: DefinitionEvent): DefinitionState => {
  switch (event.type) {
    case 'DefinitionDrafted':
      return { status: 'drafted', version: event.data.version, text: event.data.text, agreedBy: [] };
    case 'DefinitionAgreed':
      return state.status === 'drafted' && state.version === event.data.version
        ? { ...state, agreedBy: [...state.agreedBy, event.data.stakeholderName] }
        : state;
    default:
      return state;
  }
};
