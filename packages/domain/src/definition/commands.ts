import type { Command } from '../shared/decider';

export type DraftDefinition = Command<'DraftDefinition', { text: string }>;
export type RecordDefinitionAgreement = Command<'RecordDefinitionAgreement', { version: number; stakeholderName: string; stakeholderRole: string }>;
export type DefinitionCommand = DraftDefinition | RecordDefinitionAgreement;
