import type { CapacityAssumptions } from '../capacity';
import type { TierRules } from '../contracts';
import type { Command } from '../shared/decider';
import type { TemplateTaxonomyNode } from './taxonomy';

export type SaveTemplate = Command<
  'SaveTemplate',
  {
    templateId: string;
    name: string;
    description: string;
    taxonomy: TemplateTaxonomyNode[];
    tierRules: TierRules;
    capacityAssumptions: CapacityAssumptions;
  }
>;
export type RetireTemplate = Command<'RetireTemplate', { templateId: string }>;
export type TemplateCommand = SaveTemplate | RetireTemplate;
