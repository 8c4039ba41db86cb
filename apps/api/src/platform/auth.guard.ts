import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, type Role } from '@orgledger/domain';
import { APP_CONTEXT, type AppContext, type AuthUser } from './app-context';
import { verifyToken, type TokenClaims } from './auth/token';
import { cachedRow } from './read-cache';
import { IS_PUBLIC, ROLES, SELF_SERVICE } from './current-user';
import { userAccountModel } from './access-models';

const VERIFIED_TOKENS = 10_000;

const unauthenticated = () => new DomainError('SIGN_IN_REQUIRED', 'Please sign in again: your session is missing, invalid or has expired.', 'UNAUTHENTICATED');

// Every resolver passes here: the tenant, user and role come from the verified token only.
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONTEXT) private readonly app: AppContext,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: { headers: Record<string, string | undefined>; user?: AuthUser; signedIn?: Promise<AuthUser> } }>().req;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    // Verified once per request: each root field of a query passes here, perhaps at the same time.
    req.signedIn ??= this.authenticate(req.headers.authorization ?? '');
    req.user = await req.signedIn;
    const { role } = req.user;

    // Auditors are read-only everywhere, whatever an operation says about roles.
    const isMutation = gql.getInfo<{ parentType: { name: string } }>().parentType.name === 'Mutation';
    const selfService = this.reflector.getAllAndOverride<boolean>(SELF_SERVICE, targets);
    if (isMutation && role === 'auditor' && !selfService) {
      throw new DomainError('AUDITOR_READ_ONLY', 'Auditors have read-only access and cannot change anything.', 'FORBIDDEN');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(role)) {
      throw new DomainError('ROLE_NOT_ALLOWED', 'Your role does not allow this action.', 'FORBIDDEN');
    }
    return true;
  }

  // A token's signature is checked once (an HMAC per request showed in the dashboard's profile);
  // its expiry on every request.
  private readonly verified = new Map<string, TokenClaims>();

  private claimsOf(token: string): TokenClaims | null {
    const now = Math.floor(Date.now() / 1000);
    const known = this.verified.get(token);
    if (known) return known.exp > now ? known : null;
    const claims = verifyToken(token, this.app.config.tokenSecret, now);
    if (claims) {
      if (this.verified.size >= VERIFIED_TOKENS) this.verified.clear();
      this.verified.set(token, claims);
    }
    return claims;
  }

  private async authenticate(header: string): Promise<AuthUser> {
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const claims = token ? this.claimsOf(token) : null;
    if (!claims) throw unauthenticated();
    const account = cachedRow(this.app.readModels, userAccountModel, claims.tid, claims.sub);
    if (!account || !account.active) throw unauthenticated();
    // Signed out, password changed or account deactivated since this token was issued.
    if ((claims.ver ?? 0) < (await this.app.credentials.tokenVersionOf(claims.tid, claims.sub))) throw unauthenticated();
    return {
      userId: account.userId,
      tenantId: claims.tid,
      role: account.role,
      displayName: account.displayName,
      email: account.email,
      authorityId: account.authorityId,
      serviceId: account.serviceId,
      auditorAuthorityIds: account.auditorAuthorityIds,
      invitedBy: account.invitedBy ?? null,
    };
  }
}
