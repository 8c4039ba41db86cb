import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { canSeeAuthority, followingStage, initialProgrammeStage, type AuthoritySummary, type ProgrammeSummary } from '@orgledger/domain';
import { visibleAuthority, visibleProgramme } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { cachedList } from '../platform/read-cache';
import { CurrentUser, Roles } from '../platform/current-user';
import { AddDirectorateInput, AddServiceInput, Authority, Programme, RegisterAuthorityInput, StartProgrammeInput } from './authority.graphql';
import { addDirectorate, addService, registerAuthority, startProgramme } from './authority.commands';
import { authorityModel, programmeModel } from '../platform/access-models';
import { Read, type ReadSide } from '../platform/read-side';
import { programmeStageModel } from './programme-stage.projector';

// The stage is its own read model, fed by the decisions of the programme's other contexts.
const programmeOf =
  (read: ReadSide, tenantId: string) =>
  (p: ProgrammeSummary): Programme => {
    const { stage, setBy } = read.readModels.get(programmeStageModel, tenantId, p.programmeId) ?? initialProgrammeStage;
    return { id: p.programmeId, ...p, stage, stageDecision: setBy, nextStage: followingStage(stage) };
  };

@Resolver(() => Authority)
export class AuthorityResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private visible(user: AuthUser, authorityId: string) {
    return canSeeAuthority({ ...user, active: true }, authorityId);
  }

  private toAuthority(read: ReadSide, user: AuthUser, a: AuthoritySummary): Authority {
    const programmes = cachedList(read.readModels, programmeModel, user.tenantId, a.authorityId);
    const { authorityId, name, kind, directorates, services, revision } = a as AuthoritySummary & { revision: number };
    return {
      id: authorityId,
      name,
      kind,
      directorates,
      services,
      directorateCount: directorates.length,
      serviceCount: services.length,
      revision,
      programmes: programmes.map(programmeOf(read, user.tenantId)),
    };
  }

  private authorityOr404(read: ReadSide, user: AuthUser, id: string): Authority {
    return this.toAuthority(read, user, visibleAuthority(read, user, id));
  }

  @Query(() => [Authority])
  authorities(@Read() read: ReadSide, @CurrentUser() user: AuthUser): Authority[] {
    // the dashboard's query: parsed rows are reused until the read models move on
    return cachedList(read.readModels, authorityModel, user.tenantId)
      .filter((a) => this.visible(user, a.authorityId))
      .map((a) => this.toAuthority(read, user, a));
  }

  @Query(() => Authority)
  authority(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Authority {
    return this.authorityOr404(read, user, id);
  }

  @Query(() => [Programme])
  programmes(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('authorityId', { type: () => ID, nullable: true }) authorityId?: string,
  ): Programme[] {
    const ids = authorityId ? [this.authorityOr404(read, user, authorityId).id] : this.authorities(read, user).map((a) => a.id);
    return ids.flatMap((id) => read.readModels.list(programmeModel, user.tenantId, id).map(programmeOf(read, user.tenantId)));
  }

  @Query(() => Programme)
  programme(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Programme {
    return programmeOf(read, user.tenantId)(visibleProgramme(read, user, id));
  }

  @Mutation(() => Authority)
  @Roles('tenant_admin', 'consultant')
  async registerAuthority(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RegisterAuthorityInput): Promise<Authority> {
    const id = await registerAuthority(this.app, metaFor(user, input), input);
    return this.authorityOr404(read, user, id);
  }

  @Mutation(() => Authority)
  @Roles('tenant_admin', 'consultant')
  async addDirectorate(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: AddDirectorateInput): Promise<Authority> {
    this.authorityOr404(read, user, input.authorityId);
    await addDirectorate(this.app, metaFor(user, input), input);
    return this.authorityOr404(read, user, input.authorityId);
  }

  @Mutation(() => Authority)
  @Roles('tenant_admin', 'consultant')
  async addService(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: AddServiceInput): Promise<Authority> {
    this.authorityOr404(read, user, input.authorityId);
    await addService(this.app, metaFor(user, input), input);
    return this.authorityOr404(read, user, input.authorityId);
  }

  @Mutation(() => Programme)
  @Roles('tenant_admin', 'consultant')
  async startProgramme(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: StartProgrammeInput): Promise<Programme> {
    this.authorityOr404(read, user, input.authorityId);
    const id = await startProgramme(this.app, metaFor(user, input), input);
    const row = read.readModels.get(programmeModel, user.tenantId, id);
    return programmeOf(read, user.tenantId)(row!);
  }
}
