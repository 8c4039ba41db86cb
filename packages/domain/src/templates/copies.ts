import type { ReplaceTaxonomy } from '../activity';
import type { SetCapacityAssumptions } from '../capacity';
import type { SetTierRules } from '../contracts';
import { invalid } from './errors';
import type { TemplateSavedData } from './events';

export type ProgrammeCopies = {
  taxonomy: ReplaceTaxonomy['data'];
  tierRules: SetTierRules['data'];
  capacityAssumptions: SetCapacityAssumptions['data'];
};

// Applying a template copies it into the programme's own streams: fresh objects and fresh activity
// ids, each tagged with the template, so later edits on either side never reach the other.
export const templateToProgrammeCopies = (
  template: Pick<TemplateSavedData, 'templateId' | 'taxonomy' | 'tierRules' | 'capacityAssumptions'> & { status?: string },
  newIds: (key: string) => string,
): ProgrammeCopies => {
  if (template.status === 'retired') {
    throw invalid('TEMPLATE_RETIRED', 'This template has been retired and can no longer be applied; choose another template.', {
      templateId: template.templateId,
    });
  }
  const fromTemplateId = template.templateId;
  const ids = new Map(template.taxonomy.map((node) => [node.key, newIds(node.key)]));
  return {
    taxonomy: {
      activities: template.taxonomy.map((node) => ({
        activityId: ids.get(node.key)!,
        parentId: node.parentKey === null ? null : ids.get(node.parentKey)!,
        name: node.name,
        contractManagement: node.contractManagement,
      })),
      fromTemplateId,
    },
    tierRules: { rules: { bands: template.tierRules.bands.map((band) => ({ ...band })) }, fromTemplateId },
    capacityAssumptions: {
      hoursPerContractByTier: { ...template.capacityAssumptions.hoursPerContractByTier },
      productiveHoursPerFte: template.capacityAssumptions.productiveHoursPerFte,
      fromTemplateId,
    },
  };
};
