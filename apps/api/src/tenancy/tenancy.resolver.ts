import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { notFound } from '../platform/api-errors';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Public, Roles } from '../platform/current-user';
import { signIn } from './sign-in';
import { deactivateUser, grantAuditorAccess, revokeAuditorAccess, setPostholderNamePolicy } from './tenancy.commands';
import { meOf, toUser } from './user-view';
import {
  DeactivateUserInput,
  GrantAuditorAccessInput,
  Me,
  RevokeAuditorAccessInput,
  SetPostholderNamePolicyInput,
  TenantSettings,
  SignInInput,
  SignInPayload,
  User,
} from './tenancy.graphql';
import { userAccountModel } from '../platform/access-models';
import { tenantModel } from './tenancy.projector';
import { Read, type ReadSide } from '../platform/read-side';

@Resolver()
export class TenancyResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  @Public()
  @Mutation(() => SignInPayload)
  async signIn(@Read() read: ReadSide, @Args('input') input: SignInInput, @Context('req') req: { ip?: string }): Promise<SignInPayload> {
    const result = await signIn(this.app, input, req.ip ?? 'unknown');
    return { token: result.token, expiresAt: result.expiresAt, me: meOf(read, result.account, result.tenantId) };
  }

  @Query(() => Me, { name: 'me' })
  current(@Read() read: ReadSide, @CurrentUser() user: AuthUser): Me {
    return meOf(read, { ...user, active: true }, user.tenantId);
  }

  @Query(() => [User])
  @Roles('tenant_admin')
  users(@Read() read: ReadSide, @CurrentUser() user: AuthUser): User[] {
    return read.readModels.list(userAccountModel, user.tenantId).map(toUser);
  }

  @Mutation(() => User)
  @Roles('tenant_admin')
  async grantAuditorAccess(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: GrantAuditorAccessInput): Promise<User> {
    const userId = await grantAuditorAccess(this.app, metaFor(user, input), input);
    return this.userOr404(read, user, userId);
  }

  @Mutation(() => User)
  @Roles('tenant_admin')
  async revokeAuditorAccess(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RevokeAuditorAccessInput): Promise<User> {
    return this.userOr404(read, user, await revokeAuditorAccess(this.app, metaFor(user, input), input));
  }

  @Mutation(() => User)
  @Roles('tenant_admin')
  async deactivateUser(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DeactivateUserInput): Promise<User> {
    return this.userOr404(read, user, await deactivateUser(this.app, metaFor(user, input), input));
  }

  @Query(() => TenantSettings)
  @Roles('tenant_admin', 'consultant')
  tenantSettings(@Read() read: ReadSide, @CurrentUser() user: AuthUser): TenantSettings {
    const tenant = read.readModels.get(tenantModel, user.tenantId, user.tenantId);
    return { allowPostholderNames: tenant?.allowPostholderNames ?? false };
  }

  @Mutation(() => TenantSettings, { description: 'Pseudonymous postholder references are the default; a tenant admin may allow names' })
  @Roles('tenant_admin')
  async setPostholderNamePolicy(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('input') input: SetPostholderNamePolicyInput,
  ): Promise<TenantSettings> {
    await setPostholderNamePolicy(this.app, metaFor(user, input), input.allowNames);
    return this.tenantSettings(read, user);
  }

  private userOr404(read: ReadSide, user: AuthUser, userId: string): User {
    const row = read.readModels.get(userAccountModel, user.tenantId, userId);
    if (!row) throw notFound('USER_NOT_FOUND', `There is no user with id ${userId}.`);
    return toUser(row);
  }
}
