import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { programmeScope } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { draftDefinition, recordDefinitionAgreement } from './definition.commands';
import { ContractManagementDefinition, DraftContractManagementDefinitionInput, RecordDefinitionAgreementInput } from './definition.graphql';
import { definitionModel } from './definition.projector';
import { Read, type ReadSide } from '../platform/read-side';

@Resolver()
export class DefinitionResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private read(read: ReadSide, user: AuthUser, programmeId: string): ContractManagementDefinition {
    const row = read.readModels.get(definitionModel, user.tenantId, programmeId);
    const current = row?.current ?? null;
    return {
      programmeId,
      version: current?.version ?? null,
      text: current?.text ?? null,
      agreements: current?.agreements ?? [],
      versions: (row?.versions ?? []).map((v) => ({
        ...v,
        agreements: v.version === current?.version ? current.agreements : (row?.earlierAgreements[v.version] ?? []),
      })),
    };
  }

  @Query(() => ContractManagementDefinition, { description: 'The programme’s common definition of contract management and who agreed it' })
  contractManagementDefinition(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ): ContractManagementDefinition {
    return this.read(read, user, programmeScope(read, user, programmeId).programmeId);
  }

  @Mutation(() => ContractManagementDefinition, { description: 'Drafts a new version of the definition; agreements to earlier versions stay in the history' })
  @Roles('tenant_admin', 'consultant')
  async draftContractManagementDefinition(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('input') input: DraftContractManagementDefinitionInput,
  ): Promise<ContractManagementDefinition> {
    const scope = programmeScope(read, user, input.programmeId);
    await draftDefinition(this.app, metaFor(user, input), scope, input);
    return this.read(read, user, scope.programmeId);
  }

  @Mutation(() => ContractManagementDefinition, { description: 'Records that a stakeholder agreed the current version of the definition' })
  @Roles('tenant_admin', 'consultant')
  async recordDefinitionAgreement(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordDefinitionAgreementInput,
  ): Promise<ContractManagementDefinition> {
    const scope = programmeScope(read, user, input.programmeId);
    await recordDefinitionAgreement(this.app, metaFor(user, input), scope, input);
    return this.read(read, user, scope.programmeId);
  }
}
