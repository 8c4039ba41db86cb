import { conflict, invalid } from './errors';
import type { AcceptInvitation, CompletePasswordReset, IssuePasswordReset } from './commands';
import type { UserEvent } from './events';
import type { RegisteredUser, UserState } from './state';

// Invitation and reset links: single use, with an expiry. The decider sees only the hash of the
// link's secret; one answer for a wrong, used or withdrawn link, so a link reveals nothing.
export const MAX_LINK_DAYS = 14;

const invalidLink = () => invalid('LINK_NOT_VALID', 'This link is not valid: it may have been used already or replaced. Ask for a new one.');

export const requireLink = (data: { tokenHash: string; expiresAt: string }, now: string) => {
  if (typeof data.tokenHash !== 'string' || !/^[0-9a-f]{64}$/.test(data.tokenHash)) {
    throw invalid('LINK_HASH_REQUIRED', 'A link needs the SHA-256 hash of its secret.');
  }
  const expires = Date.parse(data.expiresAt);
  if (Number.isNaN(expires) || expires <= Date.parse(now) || expires - Date.parse(now) > MAX_LINK_DAYS * 86_400_000) {
    throw invalid('LINK_EXPIRY_INVALID', `A link must expire after now and within ${MAX_LINK_DAYS} days.`);
  }
  return { tokenHash: data.tokenHash, expiresAt: new Date(expires).toISOString() };
};

const requireLiveLink = (user: RegisteredUser, tokenHash: string, now: string) => {
  const link = user.pendingLink;
  if (!link || link.tokenHash !== tokenHash) throw invalidLink();
  if (Date.parse(link.expiresAt) <= Date.parse(now)) {
    throw invalid('LINK_EXPIRED', `This link expired at ${link.expiresAt}. Ask whoever sent it for a new one.`);
  }
};

export const acceptInvitation = ({ data, metadata }: AcceptInvitation, user: UserState): UserEvent => {
  if (user.status !== 'invited') throw invalidLink();
  requireLiveLink(user, data.tokenHash, metadata.now);
  return { type: 'InvitationAccepted', data: { userId: user.userId } };
};

// A reset replaces any earlier reset link; an invited user needs a new invitation instead.
export const issuePasswordReset = ({ data, metadata }: IssuePasswordReset, user: RegisteredUser): UserEvent => {
  if (user.status !== 'active') {
    throw conflict('USER_NOT_ACTIVE', 'Only an active account can have its password reset; an invited one is sent a new invitation.', {
      userId: user.userId,
    });
  }
  return { type: 'PasswordResetIssued', data: { userId: user.userId, ...requireLink(data, metadata.now) } };
};

export const completePasswordReset = ({ data, metadata }: CompletePasswordReset, user: UserState): UserEvent => {
  if (user.status !== 'active') throw invalidLink();
  requireLiveLink(user, data.tokenHash, metadata.now);
  return { type: 'PasswordResetCompleted', data: { userId: user.userId } };
};
