// Whether a request carries the token of an active user, for the few answers that differ for
// anonymous callers outside the resolvers (introspection, /readyz), where the auth guard never runs.
import type { AppContext } from './app-context';
import { verifyToken } from './auth/token';
import { cachedRow } from './read-cache';
import { userAccountModel } from './access-models';

export const isSignedIn = async (app: AppContext, authorization: string | string[] | undefined): Promise<boolean> => {
  const header = typeof authorization === 'string' ? authorization : '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!token) return false;
  const claims = verifyToken(token, app.config.tokenSecret, Math.floor(Date.now() / 1000));
  if (!claims) return false;
  if (cachedRow(app.readModels, userAccountModel, claims.tid, claims.sub)?.active !== true) return false;
  // a token ended by sign-out, a password change or deactivation is anonymous here too
  return (claims.ver ?? 0) >= (await app.credentials.tokenVersionOf(claims.tid, claims.sub));
};
