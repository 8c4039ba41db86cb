import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@orgledger/domain';
import type { AuthUser } from './app-context';

export const IS_PUBLIC = 'orgledger:public';
export const ROLES = 'orgledger:roles';

// Marks an operation that needs no token (sign-in).
export const Public = () => SetMetadata(IS_PUBLIC, true);
export const SELF_SERVICE = 'orgledger:self-service';
// An operation on the caller's own account (sign-out, password change): allowed to read-only auditors.
export const SelfService = () => SetMetadata(SELF_SERVICE, true);
// Restricts an operation to these roles; without it any signed-in role may call it.
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const req = GqlExecutionContext.create(ctx).getContext<{ req: { user?: AuthUser } }>().req;
  return req.user as AuthUser;
});
