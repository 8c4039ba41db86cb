import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { programmeScope } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import {
  addDesignPost,
  chooseDesignOption,
  draftDesignOption,
  removeDesignPost,
  renameDesignOption,
  reviseDesignPost,
  setFunctionGoLiveDate,
} from './design.commands';
import { functionDesignOf } from './design.read';
import {
  AddDesignPostInput,
  ChooseDesignOptionInput,
  DesignChange,
  DraftDesignOptionInput,
  FunctionDesign,
  RemoveDesignPostInput,
  RenameDesignOptionInput,
  ReviseDesignPostInput,
  SetFunctionGoLiveDateInput,
  type DesignPostFieldsInput,
} from './design.graphql';
import { Read, type ReadSide } from '../platform/read-side';

const postOf = (i: DesignPostFieldsInput) => ({
  title: i.title,
  grade: i.grade,
  fte: i.fte,
  reportsTo: i.reportsTo ?? null,
  responsibilities: i.responsibilities,
  jdReference: i.jdReference ?? null,
  indicativeCostPence: i.indicativeCostPence,
  apprenticeship: i.apprenticeship ?? false,
  holderAgeBand: i.holderAgeBand ?? null,
  allowances: (i.allowances ?? []).map((a) => ({ type: a.type, pencePerYear: a.pencePerYear })),
});

// Everyone who can see the programme reads the design (portal users and auditors included);
// consultants and tenant admins change it.
@Resolver()
export class DesignResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private change(read: ReadSide, user: AuthUser, programmeId: string, optionId: string, designPostId: string | null = null): DesignChange {
    return { optionId, designPostId, design: functionDesignOf(read, user.tenantId, programmeId) };
  }

  @Query(() => FunctionDesign, { description: 'The design options of the new function side by side, and which one was chosen and why' })
  functionDesign(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string): FunctionDesign {
    return functionDesignOf(read, user.tenantId, programmeScope(read, user, programmeId).programmeId);
  }

  @Mutation(() => DesignChange, { description: 'Drafts a design option, empty or as a copy of another option' })
  @Roles('tenant_admin', 'consultant')
  async draftDesignOption(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DraftDesignOptionInput): Promise<DesignChange> {
    const scope = programmeScope(read, user, input.programmeId);
    return this.change(read, user, scope.programmeId, await draftDesignOption(this.app, metaFor(user, input), scope, input));
  }

  @Mutation(() => DesignChange)
  @Roles('tenant_admin', 'consultant')
  async renameDesignOption(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RenameDesignOptionInput): Promise<DesignChange> {
    const scope = programmeScope(read, user, input.programmeId);
    return this.change(read, user, scope.programmeId, await renameDesignOption(this.app, metaFor(user, input), scope, input));
  }

  @Mutation(() => DesignChange)
  @Roles('tenant_admin', 'consultant')
  async addDesignPost(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: AddDesignPostInput): Promise<DesignChange> {
    const scope = programmeScope(read, user, input.programmeId);
    const { optionId, designPostId } = await addDesignPost(this.app, metaFor(user, input), scope, { ...input, post: postOf(input) });
    return this.change(read, user, scope.programmeId, optionId, designPostId);
  }

  @Mutation(() => DesignChange)
  @Roles('tenant_admin', 'consultant')
  async reviseDesignPost(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ReviseDesignPostInput): Promise<DesignChange> {
    const scope = programmeScope(read, user, input.programmeId);
    const { optionId, designPostId } = await reviseDesignPost(this.app, metaFor(user, input), scope, { ...input, post: postOf(input) });
    return this.change(read, user, scope.programmeId, optionId, designPostId);
  }

  @Mutation(() => DesignChange, { description: 'Removes a post; its direct reports then report to its manager' })
  @Roles('tenant_admin', 'consultant')
  async removeDesignPost(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RemoveDesignPostInput): Promise<DesignChange> {
    const scope = programmeScope(read, user, input.programmeId);
    const { optionId, designPostId } = await removeDesignPost(this.app, metaFor(user, input), scope, input);
    return this.change(read, user, scope.programmeId, optionId, designPostId);
  }

  @Mutation(() => DesignChange, { description: 'Chooses the option to take forward, with the reason for the choice' })
  @Roles('tenant_admin', 'consultant')
  async chooseDesignOption(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ChooseDesignOptionInput): Promise<DesignChange> {
    const scope = programmeScope(read, user, input.programmeId);
    return this.change(read, user, scope.programmeId, await chooseDesignOption(this.app, metaFor(user, input), scope, input));
  }

  @Mutation(() => FunctionDesign, { description: 'Sets the day the new function starts, with the reason; costs and funding run from it' })
  @Roles('tenant_admin', 'consultant')
  async setFunctionGoLiveDate(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SetFunctionGoLiveDateInput,
  ): Promise<FunctionDesign> {
    const scope = programmeScope(read, user, input.programmeId);
    await setFunctionGoLiveDate(this.app, metaFor(user, input), scope, input);
    return functionDesignOf(read, user.tenantId, scope.programmeId);
  }
}
