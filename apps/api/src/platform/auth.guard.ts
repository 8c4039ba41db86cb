import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, type Role, type UserAccount } from '@orgledger/domain';
import { APP_CONTEXT, type AppContext, type AuthUser } from './app-context';
import { verifyToken } from './auth/token';
import { IS_PUBLIC, ROLES } from './current-user';

const unauthenticated = () => new DomainError('SIGN_IN_REQUIRED', 'Please sign in again: your session is missing, invalid or has expired.', 'UNAUTHENTICATED');

// Every resolver passes here: the tenant, user and role come from the verified token only.
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONTEXT) private readonly app: AppContext,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: { headers: Record<string, string | undefined>; user?: AuthUser } }>().req;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const claims = token ? verifyToken(token, this.app.config.tokenSecret, Math.floor(Date.now() / 1000)) : null;
    if (!claims) throw unauthenticated();
    const account = this.app.readModels.get<UserAccount>('userAccount', claims.tid, claims.sub);
    if (!account || !account.active) throw unauthenticated();
    req.user = {
      userId: account.userId,
      tenantId: claims.tid,
      role: account.role,
      displayName: account.displayName,
      email: account.email,
      authorityId: account.authorityId,
      serviceId: account.serviceId,
      auditorAuthorityIds: account.auditorAuthorityIds,
    };

    // Auditors are read-only everywhere, whatever an operation says about roles.
    const isMutation = gql.getInfo<{ parentType: { name: string } }>().parentType.name === 'Mutation';
    if (isMutation && account.role === 'auditor') {
      throw new DomainError('AUDITOR_READ_ONLY', 'Auditors have read-only access and cannot change anything.', 'FORBIDDEN');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(account.role)) {
      throw new DomainError('ROLE_NOT_ALLOWED', 'Your role does not allow this action.', 'FORBIDDEN');
    }
    return true;
  }
}
