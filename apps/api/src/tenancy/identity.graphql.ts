import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput } from '../platform/graphql';
import { User } from './tenancy.graphql';

@ObjectType({ description: 'A single-use link for its person to set their password; shown once, to pass on' })
export class AccountLink {
  @Field(() => User) user: User;
  @Field({ description: 'Give this to the person only: whoever holds it can set the password' }) token: string;
  @Field() expiresAt: string;
}

@ObjectType()
export class SessionToken {
  @Field() token: string;
  @Field() expiresAt: string;
}

@InputType()
export class UseLinkInput {
  @Field() token: string;
  @Field({ description: 'The password its person chooses; the inviter never sees it' }) password: string;
}

@InputType()
export class IssuePasswordResetInput extends CommandInput {
  @Field(() => ID) userId: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() currentPassword: string;
  @Field() newPassword: string;
}
