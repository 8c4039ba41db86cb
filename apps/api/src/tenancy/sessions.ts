import { DomainError } from '@orgledger/domain';
import type { AppContext, AuthUser } from '../platform/app-context';
import { hashPassword, verifyPassword, DUMMY_HASH } from '../platform/auth/password';
import { requireAcceptablePassword } from '../platform/auth/password-policy';
import { passwordHashOf, tokenFor } from './sign-in';

// Server-side sign-out: every token this user holds stops working, on every device.
export const signOut = async (app: AppContext, user: AuthUser) => {
  await app.credentials.bumpTokenVersion(user.tenantId, user.userId, new Date().toISOString());
  return true;
};

// The current password proves it is the person, not someone at an unlocked screen. Other sessions
// end; the caller gets a fresh token so this one carries on.
export const changePassword = async (app: AppContext, user: AuthUser, input: { currentPassword: string; newPassword: string }) => {
  const current = await passwordHashOf(app, user.tenantId, user.userId);
  const matches = await verifyPassword(String(input.currentPassword).slice(0, 1024), current ?? DUMMY_HASH);
  if (!current || !matches) {
    throw new DomainError('CURRENT_PASSWORD_WRONG', 'Your current password is not right, so the password was not changed.', 'BAD_USER_INPUT');
  }
  const password = requireAcceptablePassword(input.newPassword);
  if (await verifyPassword(password, current)) {
    throw new DomainError('PASSWORD_UNCHANGED', 'The new password is the same as the current one: choose a different one.', 'BAD_USER_INPUT');
  }
  const now = Date.now();
  await app.credentials.setPassword(user.tenantId, user.userId, await hashPassword(password), new Date(now).toISOString());
  return tokenFor(app, user.tenantId, user.userId, now);
};
