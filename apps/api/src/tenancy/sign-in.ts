import { DomainError } from '@orgledger/domain';
import type { AppContext } from '../platform/app-context';
import { DUMMY_HASH, verifyPassword } from '../platform/auth/password';
import { signToken } from '../platform/auth/token';
import { credentialModel, emailIndexModel } from './tenancy.projector';
import { userAccountModel } from '../platform/access-models';

// The credential store first; an account made before it signs in with its old PasswordSet hash.
export const passwordHashOf = async (app: AppContext, tenantId: string, userId: string): Promise<string | null> =>
  (await app.credentials.passwordHashOf(tenantId, userId)) ?? app.readModels.get(credentialModel, tenantId, userId)?.passwordHash ?? null;

export const tokenFor = async (app: AppContext, tenantId: string, userId: string, now: number) => {
  const iat = Math.floor(now / 1000);
  const exp = iat + app.config.tokenTtlSeconds;
  const ver = await app.credentials.tokenVersionOf(tenantId, userId);
  return { token: signToken({ sub: userId, tid: tenantId, iat, exp, ver }, app.config.tokenSecret), expiresAt: new Date(exp * 1000).toISOString() };
};

const failed = () => new DomainError('SIGN_IN_FAILED', 'Email or password is not right.', 'UNAUTHENTICATED');

// One answer for an unknown email, a wrong password and a deactivated user, in the same time.
export const signIn = async (app: AppContext, input: { email: string; password: string }, clientAddress: string) => {
  const now = Date.now();
  const email = String(input.email).trim().toLowerCase().slice(0, 320);
  const password = String(input.password).slice(0, 1024);
  const index = app.readModels.get(emailIndexModel, 'global', email);
  const credential = index && (await passwordHashOf(app, index.tenantId, index.userId));
  const account = index && app.readModels.get(userAccountModel, index.tenantId, index.userId);
  // reserved before hashing (counted as pending); refused at once with TOO_MANY_ATTEMPTS when the rules say so
  const attempt = await app.signInAttempts.reserve(email, clientAddress);
  const matches = await verifyPassword(password, credential ?? DUMMY_HASH).catch(async (error) => {
    await attempt.settle(false);
    throw error;
  });
  if (!index || !credential || !account || !account.active || !matches) {
    await attempt.settle(false);
    throw failed();
  }
  await attempt.settle(true);
  return { ...(await tokenFor(app, index.tenantId, account.userId, now)), account, tenantId: index.tenantId };
};
