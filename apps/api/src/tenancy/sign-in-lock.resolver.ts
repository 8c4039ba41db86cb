import { Inject, Logger } from '@nestjs/common';
import { Args, Field, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { requireText } from '@orgledger/domain';
import { notFound } from '../platform/api-errors';
import { APP_CONTEXT, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { emailIndexModel } from './tenancy.projector';
import { Read, type ReadSide } from '../platform/read-side';

@InputType()
export class ClearSignInLockInput {
  @Field({ description: "Email of one of this tenant's users" }) email: string;
}

@ObjectType({ description: "Where an email's sign-in delay stands" })
export class SignInLock {
  @Field() email: string;
  @Field(() => Int, { description: 'Failed sign-ins since the last success' }) failures: number;
  @Field(() => Int, { description: 'Seconds before the next sign-in is allowed; 0 = now' }) retryAfterSeconds: number;
}

const log = new Logger('SignIn');

@Resolver()
export class SignInLockResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  // A tenant admin lifts the growing delay on one of their own users' emails; another tenant's
  // email, or one nobody holds, answers exactly as unknown.
  @Mutation(() => SignInLock, { description: "Clears the sign-in delay that failed attempts put on one of this tenant's users" })
  @Roles('tenant_admin')
  async clearSignInLock(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ClearSignInLockInput): Promise<SignInLock> {
    const email = requireText('email', input.email, { max: 320 }).trim().toLowerCase();
    const owner = read.readModels.get(emailIndexModel, 'global', email);
    if (!owner || owner.tenantId !== user.tenantId) throw notFound('USER_NOT_FOUND', 'There is no user with that email in your organisation.');
    await this.app.signInAttempts.clear(email);
    log.log({ msg: 'sign-in lock cleared', tenantId: user.tenantId, userId: owner.userId, by: user.userId });
    return { email, ...(await this.app.signInAttempts.status(email)) };
  }
}
