import {
  capacityDecider,
  contractRegisterDecider,
  DEFAULT_CAPACITY_ASSUMPTIONS,
  DEFAULT_TIER_RULES,
  requireId,
  taxonomyDecider,
  TEMPLATE_STREAM_CATEGORY,
  templateDecider,
  type TemplateCommand,
  templateToProgrammeCopies,
  type CommandMetadata,
  type TemplateTaxonomyNode,
} from '@orgledger/domain';
import { notFound } from '../platform/api-errors';
import { streamName } from '@orgledger/event-store';
import { TaxonomyHandler, taxonomyStream } from '../analysis';
import { capacityStream, setCapacityAssumptions } from '../capacity';
import { contractRegisterStream, setTierRules } from '../contracts';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import type { Deps } from '../platform/app-context';
import { commandHandler } from '../platform/command-handler';

export const templateStream = (tenantId: string, templateId: string) => streamName(TEMPLATE_STREAM_CATEGORY, tenantId, templateId);

// One stream per template, named by the command itself.
export class TemplatesHandler extends commandHandler(templateDecider, (command: TemplateCommand) =>
  templateStream(command.metadata.tenantId, command.data.templateId),
) {}

export type ProgrammeScope = { programmeId: string; authorityId: string };

// A template holds the programme's set-up as it stands now: the live activities (keyed by their
// ids, which the template never hands out again), the tier rules and the capacity assumptions.
export const saveProgrammeAsTemplate = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: ProgrammeScope,
  input: { name: string; description?: string | null },
) => {
  const taxonomy = await loadState(deps.store, taxonomyStream(meta.tenantId, scope.programmeId), taxonomyDecider);
  const register = await loadState(deps.store, contractRegisterStream(meta.tenantId, scope.programmeId), contractRegisterDecider);
  const capacity = await loadState(deps.store, capacityStream(meta.tenantId, scope.programmeId), capacityDecider);
  const nodes: TemplateTaxonomyNode[] = taxonomy.activities
    .filter((a) => !a.retired)
    .map((a) => ({ key: a.activityId, parentKey: a.parentId, name: a.name, contractManagement: a.contractManagement }));
  const templateId = derivedUuid(meta.commandId, 'template');
  await deps.send(
    TemplatesHandler,
    {
      type: 'SaveTemplate',
      data: {
        templateId,
        name: input.name,
        description: input.description ?? '',
        taxonomy: nodes,
        tierRules: register.tierRules?.rules ?? DEFAULT_TIER_RULES,
        capacityAssumptions: capacity?.assumptions ?? DEFAULT_CAPACITY_ASSUMPTIONS,
      },
      metadata: meta,
    },
    {},
  );
  return templateId;
};

// Applying copies the template into the programme's own three streams, each copy tagged with the
// template. The three appends are separate decisions; a retry with the same command id completes
// whichever did not happen and re-appends nothing that did.
export const applyTemplate = async (deps: Deps, meta: CommandMetadata, scope: ProgrammeScope, input: { templateId: string }) => {
  const templateId = requireId('templateId', input.templateId);
  const template = await loadState(deps.store, templateStream(meta.tenantId, templateId), templateDecider);
  if (template.status === 'none') throw notFound('TEMPLATE_NOT_FOUND', `There is no template with id ${templateId}.`);
  const copies = templateToProgrammeCopies(template, (key) => derivedUuid(meta.commandId, 'activity', key));
  await deps.send(TaxonomyHandler, { type: 'ReplaceTaxonomy', data: copies.taxonomy, metadata: meta }, scope);
  await setTierRules(deps, meta, scope, copies.tierRules.rules, templateId);
  const { fromTemplateId: _, ...assumptions } = copies.capacityAssumptions;
  await setCapacityAssumptions(deps, meta, scope, assumptions, templateId);
  return { programmeId: scope.programmeId, templateId, activities: copies.taxonomy.activities.length, tiers: copies.tierRules.rules.bands.map((b) => b.tier) };
};

export const retireTemplate = async (deps: Deps, meta: CommandMetadata, input: { templateId: string }) => {
  const templateId = requireId('templateId', input.templateId);
  await deps.send(TemplatesHandler, { type: 'RetireTemplate', data: { templateId }, metadata: meta }, {});
  return templateId;
};
