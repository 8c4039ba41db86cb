import { deciderSpec, meta } from '../testing';
import type { UserCommand } from './commands';
import type { UserEvent } from './events';
import { userDecider } from './user-decider';

const spec = deciderSpec(userDecider);
const userId = '0190a000-0000-7000-8000-000000000e01';
const tokenHash = 'a'.repeat(64);
const otherHash = 'b'.repeat(64);
const later = (now: string) => meta({ now });
const invitedBy = { userId: '0190a000-0000-7000-8000-0000000000a9', displayName: 'Ada Admin' };

const invited: UserEvent = {
  type: 'UserInvited',
  data: {
    userId,
    email: 'fin@northshire.example',
    displayName: 'Fin Partner',
    role: 'finance_partner',
    authorityId: '0190a000-0000-7000-8000-0000000000b1',
    serviceId: null,
    invitedBy,
    expiresAt: '2025-04-08T09:30:00.000Z',
    tokenHash,
  },
};
const accepted: UserEvent = { type: 'InvitationAccepted', data: { userId } };
const resetIssued: UserEvent = { type: 'PasswordResetIssued', data: { userId, expiresAt: '2025-04-02T09:30:00.000Z', tokenHash: otherHash } };
const accept = (hash = tokenHash, now = '2025-04-02T09:30:00.000Z'): UserCommand => ({
  type: 'AcceptInvitation',
  data: { userId, tokenHash: hash },
  metadata: later(now),
});
const reset = (hash = otherHash, now = '2025-04-01T12:00:00.000Z'): UserCommand => ({
  type: 'CompletePasswordReset',
  data: { userId, tokenHash: hash },
  metadata: later(now),
});

describe('when a user is invited', () => {
  it('accepts the invitation with the link', () => {
    spec.given([invited]).when(accept()).then([accepted]);
  });

  it('refuses a link whose secret does not match', () => {
    spec.given([invited]).when(accept(otherHash)).thenThrows('LINK_NOT_VALID', 'BAD_USER_INPUT');
  });

  it('refuses the link after it expired', () => {
    spec.given([invited]).when(accept(tokenHash, '2025-04-08T09:30:00.000Z')).thenThrows('LINK_EXPIRED');
  });

  it('answers an unknown user like a wrong link', () => {
    spec.given([]).when(accept()).thenThrows('LINK_NOT_VALID');
  });

  it('refuses a password reset until the invitation is accepted', () => {
    spec
      .given([invited])
      .when({ type: 'IssuePasswordReset', data: { userId, tokenHash: otherHash, expiresAt: '2025-04-02T09:30:00.000Z' }, metadata: meta() })
      .thenThrows('USER_NOT_ACTIVE', 'CONFLICT');
  });
});

describe('when the invitation was accepted', () => {
  it('refuses the same link a second time', () => {
    spec.given([invited, accepted]).when(accept()).thenThrows('LINK_NOT_VALID');
  });

  it('issues a password reset link that expires', () => {
    spec
      .given([invited, accepted])
      .when({ type: 'IssuePasswordReset', data: { userId, tokenHash: otherHash, expiresAt: '2025-04-02T09:30:00.000Z' }, metadata: meta() })
      .then([resetIssued]);
  });

  it('refuses a reset link that does not expire within the limit', () => {
    spec
      .given([invited, accepted])
      .when({ type: 'IssuePasswordReset', data: { userId, tokenHash: otherHash, expiresAt: '2026-04-02T09:30:00.000Z' }, metadata: meta() })
      .thenThrows('LINK_EXPIRY_INVALID');
  });

  it('completes the reset once, with the reset link only', () => {
    spec
      .given([invited, accepted, resetIssued])
      .when(reset())
      .then([{ type: 'PasswordResetCompleted', data: { userId } }]);
    spec.given([invited, accepted, resetIssued]).when(reset(tokenHash)).thenThrows('LINK_NOT_VALID');
    spec
      .given([invited, accepted, resetIssued, { type: 'PasswordResetCompleted', data: { userId } }])
      .when(reset())
      .thenThrows('LINK_NOT_VALID');
  });

  it('refuses a reset after the account was deactivated', () => {
    spec
      .given([invited, accepted, resetIssued, { type: 'UserDeactivated', data: { userId } }])
      .when(reset())
      .thenThrows('LINK_NOT_VALID');
  });
});
