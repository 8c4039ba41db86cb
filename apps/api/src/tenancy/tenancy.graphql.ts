import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ROLES, type Role } from '@orgledger/domain';
import { AuthorityCommandInput, CommandInput, enumOf } from '../platform/graphql';

export const RoleEnum = enumOf('Role', ROLES);

@ObjectType()
export class Me {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID) tenantId: string;
  @Field() tenantName: string;
  @Field(() => ID, { nullable: true }) authorityId: string | null;
  @Field(() => ID, { nullable: true }) serviceId: string | null;
  @Field(() => [ID], { description: 'Authorities this user may see' }) authorityIds: string[];
}

@ObjectType()
export class SignInPayload {
  @Field() token: string;
  @Field() expiresAt: string;
  @Field(() => Me) me: Me;
}

@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID, { nullable: true }) authorityId: string | null;
  @Field(() => ID, { nullable: true }) serviceId: string | null;
  @Field(() => [ID]) auditorAuthorityIds: string[];
  @Field({ description: 'Can sign in: the invitation was accepted and the account is not deactivated' }) active: boolean;
  @Field({ description: 'INVITED until the invitee sets a password, then ACTIVE, or DEACTIVATED' }) status: string;
  @Field(() => String, { nullable: true, description: 'Who created or invited the account' }) invitedBy: string | null;
}

@InputType()
export class SignInInput {
  @Field() email: string;
  @Field() password: string;
}

@InputType()
export class InviteUserInput extends CommandInput {
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID, { nullable: true }) authorityId?: string;
  @Field(() => ID, { nullable: true }) serviceId?: string;
}

@InputType()
export class GrantAuditorAccessInput extends AuthorityCommandInput {
  @Field(() => ID) userId: string;
}

@InputType()
export class RevokeAuditorAccessInput extends AuthorityCommandInput {
  @Field(() => ID) userId: string;
}

@InputType()
export class DeactivateUserInput extends CommandInput {
  @Field(() => ID) userId: string;
}

@InputType()
export class SetPostholderNamePolicyInput extends CommandInput {
  @Field({ description: 'Whether posts may record postholders by name instead of a pseudonymous reference' })
  allowNames: boolean;
}

@ObjectType()
export class TenantSettings {
  @Field() allowPostholderNames: boolean;
}
