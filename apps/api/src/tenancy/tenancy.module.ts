import { Module } from '@nestjs/common';
import { userAccountModel } from '../platform/access-models';
import { readModelProvider } from '../platform/read-model';
import { credentialModel, emailIndexModel, tenantModel } from './tenancy.projector';
import { IdentityResolver } from './identity.resolver';
import { EmailClaimHandler, TenantHandler, UserHandler } from './tenancy.commands';
import { SignInLockResolver } from './sign-in-lock.resolver';
import { TenancyResolver } from './tenancy.resolver';

@Module({
  providers: [
    TenancyResolver,
    TenantHandler,
    UserHandler,
    EmailClaimHandler,
    SignInLockResolver,
    IdentityResolver,
    ...[tenantModel, emailIndexModel, credentialModel, userAccountModel].map(readModelProvider),
  ],
})
export class TenancyModule {}
