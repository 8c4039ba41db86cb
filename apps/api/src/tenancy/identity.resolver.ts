import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { notFound } from '../platform/api-errors';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Public, Roles, SelfService } from '../platform/current-user';
import { acceptInvitation, inviteUser, issuePasswordReset, resetPassword } from './invitations';
import { changePassword, signOut } from './sessions';
import { signIn } from './sign-in';
import { AccountLink, ChangePasswordInput, IssuePasswordResetInput, SessionToken, UseLinkInput } from './identity.graphql';
import { InviteUserInput, SignInPayload, type User } from './tenancy.graphql';
import { meOf, toUser } from './user-view';
import { userAccountModel } from '../platform/access-models';
import { Read, type ReadSide } from '../platform/read-side';

// Accounts: invitations, links, password changes and sign-out. Passwords go to the credential
// store, never into an event; the inviter sees the link, never the password.
@Resolver()
export class IdentityResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  @Mutation(() => AccountLink, { description: 'Invites a user; the link is shown once, for the inviter to pass on' })
  @Roles('tenant_admin', 'consultant')
  async inviteUser(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: InviteUserInput): Promise<AccountLink> {
    const link = await inviteUser(this.app, metaFor(user, input), { ...input, role: input.role as never });
    return { user: this.userOr404(read, user.tenantId, link.userId), token: link.token, expiresAt: link.expiresAt };
  }

  @Public()
  @Mutation(() => SignInPayload, { description: 'The invitee sets their own password and is signed in' })
  async acceptInvitation(@Read() read: ReadSide, @Args('input') input: UseLinkInput, @Context('req') req: { ip?: string }): Promise<SignInPayload> {
    return this.signInAfter(read, await acceptInvitation(this.app, new Date().toISOString(), input), input.password, req);
  }

  @Mutation(() => AccountLink, { description: 'A single-use link for an active user to set a new password' })
  @Roles('tenant_admin')
  async issuePasswordReset(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: IssuePasswordResetInput): Promise<AccountLink> {
    const link = await issuePasswordReset(this.app, metaFor(user, input), input);
    return { user: this.userOr404(read, user.tenantId, link.userId), token: link.token, expiresAt: link.expiresAt };
  }

  @Public()
  @Mutation(() => SignInPayload, { description: 'Sets a new password with a reset link; every other session ends' })
  async resetPassword(@Read() read: ReadSide, @Args('input') input: UseLinkInput, @Context('req') req: { ip?: string }): Promise<SignInPayload> {
    return this.signInAfter(read, await resetPassword(this.app, new Date().toISOString(), input), input.password, req);
  }

  @Mutation(() => SessionToken, { description: 'Ends every other session; answers a fresh token for this one' })
  @SelfService()
  async changePassword(@CurrentUser() user: AuthUser, @Args('input') input: ChangePasswordInput): Promise<SessionToken> {
    return changePassword(this.app, user, input);
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in user, on every device' })
  @SelfService()
  signOut(@CurrentUser() user: AuthUser): Promise<boolean> {
    return signOut(this.app, user);
  }

  // Signs in through the ordinary path, so the answer has the same shape and the same checks.
  private async signInAfter(read: ReadSide, done: { tenantId: string; userId: string }, password: string, req: { ip?: string }) {
    const account = read.readModels.get(userAccountModel, done.tenantId, done.userId)!;
    const result = await signIn(this.app, { email: account.email, password }, req.ip ?? 'unknown');
    return { token: result.token, expiresAt: result.expiresAt, me: meOf(read, result.account, result.tenantId) };
  }

  private userOr404(read: ReadSide, tenantId: string, userId: string): User {
    const row = read.readModels.get(userAccountModel, tenantId, userId);
    if (!row) throw notFound('USER_NOT_FOUND', `There is no user with id ${userId}.`);
    return toUser(row);
  }
}
