import type { CapacityAssumptions } from '../capacity';
import type { TierRules } from '../contracts';
import type { DomainEvent } from '../shared/decider';
import type { TemplateTaxonomyNode } from './taxonomy';

// A consultancy's reusable starting point (taxonomy, tier rules, capacity assumptions); one stream per template.
export const TEMPLATE_STREAM_CATEGORY = 'template';

export type TemplateSavedData = {
  templateId: string;
  name: string;
  description: string;
  taxonomy: TemplateTaxonomyNode[];
  tierRules: TierRules;
  capacityAssumptions: CapacityAssumptions;
};
export type TemplateSaved = DomainEvent<'TemplateSaved', TemplateSavedData>;
export type TemplateRetired = DomainEvent<'TemplateRetired', { templateId: string }>;
export type TemplateEvent = TemplateSaved | TemplateRetired;
