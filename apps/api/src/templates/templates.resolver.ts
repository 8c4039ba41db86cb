import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireId, tierNamesOf, type TemplateRow } from '@orgledger/domain';
import { notFound } from '../platform/api-errors';
import { hoursInTierOrder } from '../capacity';
import { programmeScope } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { applyTemplate, retireTemplate, saveProgrammeAsTemplate } from './templates.commands';
import { AppliedTemplate, ApplyTemplateInput, RetireTemplateInput, SaveProgrammeAsTemplateInput, Template } from './templates.graphql';
import { templateModel } from './templates.projector';
import { Read, type ReadSide } from '../platform/read-side';

const toTemplate = (row: TemplateRow): Template => ({
  id: row.templateId,
  name: row.name,
  description: row.description,
  retired: row.status === 'retired',
  taxonomy: row.taxonomy,
  tierBands: row.tierRules.bands,
  capacityAssumptions: {
    hoursPerContract: hoursInTierOrder(row.capacityAssumptions.hoursPerContractByTier, tierNamesOf(row.tierRules)),
    productiveHoursPerFte: row.capacityAssumptions.productiveHoursPerFte,
  },
});

// Templates belong to the consultancy, not to a council: consultants and admins only.
@Resolver()
export class TemplatesResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private templateOr404(read: ReadSide, user: AuthUser, templateId: string): Template {
    const row = read.readModels.get(templateModel, user.tenantId, templateId);
    if (!row) throw notFound('TEMPLATE_NOT_FOUND', `There is no template with id ${templateId}.`);
    return toTemplate(row);
  }

  @Query(() => [Template], { description: 'The consultancy’s templates for new programmes, retired ones included' })
  @Roles('tenant_admin', 'consultant')
  templates(@Read() read: ReadSide, @CurrentUser() user: AuthUser): Template[] {
    return read.readModels.list(templateModel, user.tenantId).map(toTemplate);
  }

  @Mutation(() => Template, { description: 'Saves a programme’s taxonomy, tier rules and capacity assumptions as a new template' })
  @Roles('tenant_admin', 'consultant')
  async saveProgrammeAsTemplate(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: SaveProgrammeAsTemplateInput): Promise<Template> {
    const scope = programmeScope(read, user, input.programmeId);
    return this.templateOr404(read, user, await saveProgrammeAsTemplate(this.app, metaFor(user, input), scope, input));
  }

  @Mutation(() => AppliedTemplate, { description: 'Copies a template into a programme, replacing its taxonomy, tier rules and capacity assumptions' })
  @Roles('tenant_admin', 'consultant')
  async applyTemplate(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ApplyTemplateInput): Promise<AppliedTemplate> {
    const scope = programmeScope(read, user, input.programmeId);
    return applyTemplate(this.app, metaFor(user, input), scope, input);
  }

  @Mutation(() => Template)
  @Roles('tenant_admin', 'consultant')
  async retireTemplate(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RetireTemplateInput): Promise<Template> {
    const templateId = requireId('templateId', input.templateId);
    this.templateOr404(read, user, templateId);
    await retireTemplate(this.app, metaFor(user, input), { templateId });
    return this.templateOr404(read, user, templateId);
  }
}
