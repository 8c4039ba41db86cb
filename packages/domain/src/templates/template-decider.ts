import { validateCapacityAssumptions } from '../capacity';
import { tierNamesOf, validateTierRules } from '../contracts';
import type { Decider } from '../shared/decider';
import { conflict, invalid, notFound } from './errors';
import { requireId, requireText } from '../shared/values';
import type { RetireTemplate, SaveTemplate, TemplateCommand } from './commands';
import type { TemplateEvent } from './events';
import { evolveTemplate, initialTemplateState, type TemplateState } from './state';
import { validateTemplateTaxonomy } from './taxonomy';

export const MAX_TEMPLATE_NAME = 120;
export const MAX_TEMPLATE_DESCRIPTION = 1000;

const saveTemplate = ({ data }: SaveTemplate, state: TemplateState): TemplateEvent[] => {
  if (state.status !== 'none') {
    throw conflict('TEMPLATE_ALREADY_EXISTS', 'This template has already been saved; save changes as a new template.', { templateId: data.templateId });
  }
  const templateId = requireId('templateId', data.templateId);
  const name = requireText('name', data.name, { max: MAX_TEMPLATE_NAME });
  const description = requireText('description', data.description ?? '', { min: 0, max: MAX_TEMPLATE_DESCRIPTION });
  const taxonomy = validateTemplateTaxonomy(data.taxonomy);
  const tierRules = validateTierRules(data.tierRules);
  const capacityAssumptions = validateCapacityAssumptions(data.capacityAssumptions);
  // Every tier needs hours, and every hours figure a tier, or the capacity model would miscount.
  const tiers = tierNamesOf(tierRules);
  const hoursTiers = Object.keys(capacityAssumptions.hoursPerContractByTier);
  const missing = tiers.filter((t) => !hoursTiers.includes(t));
  const extra = hoursTiers.filter((t) => !tiers.includes(t));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length > 0 ? `no hours per contract for ${missing.join(', ')}` : '',
      extra.length > 0 ? `hours for ${extra.join(', ')}, which ${extra.length === 1 ? 'is not a tier' : 'are not tiers'}` : '',
    ].filter(Boolean);
    throw invalid(
      'TEMPLATE_TIERS_MISMATCH',
      `The capacity assumptions must give hours for exactly the tiers in the tier rules (${tiers.join(', ')}); there are ${parts.join(' and ')}.`,
      {
        missing,
        extra,
      },
    );
  }
  return [{ type: 'TemplateSaved', data: { templateId, name, description, taxonomy, tierRules, capacityAssumptions } }];
};

// Retiring twice changes nothing, so the second time records nothing.
const retireTemplate = ({ data }: RetireTemplate, state: TemplateState): TemplateEvent[] => {
  if (state.status === 'none') throw notFound('TEMPLATE_NOT_FOUND', 'This template does not exist.', { templateId: data.templateId });
  return state.status === 'retired' ? [] : [{ type: 'TemplateRetired', data: { templateId: state.templateId } }];
};

export const decideTemplate = (command: TemplateCommand, state: TemplateState): TemplateEvent[] => {
  switch (command.type) {
    case 'SaveTemplate':
      return saveTemplate(command, state);
    case 'RetireTemplate':
      return retireTemplate(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown template command ${(unknown as { type: string }).type}`);
    }
  }
};

export const templateDecider: Decider<TemplateCommand, TemplateEvent, TemplateState> = {
  decide: decideTemplate,
  evolve: evolveTemplate,
  initialState: initialTemplateState,
};
