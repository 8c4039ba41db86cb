// The signed-in user of a plain HTTP route (downloads), checked as the GraphQL guard checks it:
// a valid token, an active account, and a token not ended by sign-out or a password change.
import { HttpException } from '@nestjs/common';
import { DomainError, type DomainErrorKind } from '@orgledger/domain';
import type { Request } from 'express';
import type { AppContext, AuthUser } from './app-context';
import { verifyToken } from './auth/token';
import { userAccountModel } from './access-models';

export const httpRefusal = (status: number, code: string, message: string) => new HttpException({ errors: [{ message, extensions: { code } }] }, status);
const STATUS: Record<DomainErrorKind, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };
// The GraphQL error formatter does not see these routes: a refusal becomes its HTTP status here.
export const asHttp = (e: unknown) => (e instanceof DomainError ? httpRefusal(STATUS[e.kind] ?? 400, e.kind, e.message) : e);

export const requestUser = async (app: AppContext, req: Request): Promise<AuthUser> => {
  const header = req.headers.authorization ?? '';
  const claims = header.startsWith('Bearer ') ? verifyToken(header.slice(7).trim(), app.config.tokenSecret, Math.floor(Date.now() / 1000)) : null;
  const account = claims && app.readModels.get(userAccountModel, claims.tid, claims.sub);
  const ended = claims && (claims.ver ?? 0) < (await app.credentials.tokenVersionOf(claims.tid, claims.sub));
  if (!claims || !account || !account.active || ended)
    throw httpRefusal(401, 'UNAUTHENTICATED', 'Please sign in again: your session is missing, invalid or has expired.');
  return { ...account, tenantId: claims.tid, invitedBy: account.invitedBy ?? null };
};
