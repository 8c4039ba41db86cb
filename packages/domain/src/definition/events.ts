import type { DomainEvent } from '../shared/decider';

// The common definition of contract management, agreed with procurement and subject-matter experts.
export const DEFINITION_STREAM_CATEGORY = 'cmDefinition';

export type DefinitionDrafted = DomainEvent<'DefinitionDrafted', { version: number; text: string }>;
export type DefinitionAgreed = DomainEvent<'DefinitionAgreed', { version: number; stakeholderName: string; stakeholderRole: string }>;
export type DefinitionEvent = DefinitionDrafted | DefinitionAgreed;
