import type { Decider } from '../shared/decider';
import { conflict, invalid, notFound } from './errors';
import { requireText } from '../shared/values';
import type { DefinitionCommand, DraftDefinition, RecordDefinitionAgreement } from './commands';
import type { DefinitionEvent } from './events';
import { evolveDefinition, initialDefinitionState, type DefinitionState } from './state';

export const MAX_DEFINITION_TEXT = 10_000;
export const MAX_STAKEHOLDER_NAME = 120;
export const MAX_STAKEHOLDER_ROLE = 120;

// "Jo  Bloggs" and "jo bloggs" are the same person to the people reading the record.
const sameName = (a: string, b: string) => a.replace(/\s+/g, ' ').toLocaleLowerCase('en-GB') === b.replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

const draftDefinition = ({ data }: DraftDefinition, state: DefinitionState): DefinitionEvent[] => {
  const text = requireText('text', data.text, { max: MAX_DEFINITION_TEXT });
  if (state.status === 'none') return [{ type: 'DefinitionDrafted', data: { version: 1, text } }];
  // Saving the same words again is not a new version: agreements already given still stand.
  if (state.text === text) return [];
  return [{ type: 'DefinitionDrafted', data: { version: state.version + 1, text } }];
};

const recordAgreement = ({ data }: RecordDefinitionAgreement, state: DefinitionState): DefinitionEvent[] => {
  if (state.status === 'none') {
    throw notFound('DEFINITION_NOT_FOUND', 'There is no draft definition yet: draft the definition before recording agreement.');
  }
  const { version } = data;
  if (!Number.isSafeInteger(version) || version < 1 || version > state.version) {
    throw invalid('INVALID_DEFINITION_VERSION', `Version must be one of the drafted versions, 1 to ${state.version}; got ${String(version)}.`, {
      version,
      current: state.version,
    });
  }
  if (version !== state.version) {
    throw conflict(
      'DEFINITION_SUPERSEDED',
      `Version ${version} has been replaced by version ${state.version}: stakeholders can only agree the current version.`,
      { version, current: state.version },
    );
  }
  const stakeholderName = requireText('stakeholderName', data.stakeholderName, { max: MAX_STAKEHOLDER_NAME });
  const stakeholderRole = requireText('stakeholderRole', data.stakeholderRole, { max: MAX_STAKEHOLDER_ROLE });
  if (state.agreedBy.some((name) => sameName(name, stakeholderName))) {
    throw conflict('ALREADY_AGREED', `${stakeholderName} has already agreed version ${version}.`, { version, stakeholderName });
  }
  return [{ type: 'DefinitionAgreed', data: { version, stakeholderName, stakeholderRole } }];
};

export const decideDefinition = (command: DefinitionCommand, state: DefinitionState): DefinitionEvent[] => {
  switch (command.type) {
    case 'DraftDefinition':
      return draftDefinition(command, state);
    case 'RecordDefinitionAgreement':
      return recordAgreement(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown definition command ${(unknown as { type: string }).type}`);
    }
  }
};

export const definitionDecider: Decider<DefinitionCommand, DefinitionEvent, DefinitionState> = {
  decide: decideDefinition,
  evolve: evolveDefinition,
  initialState: initialDefinitionState,
};
