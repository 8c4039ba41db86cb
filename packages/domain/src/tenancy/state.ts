import type { Role } from '../shared/decider';
import type { CredentialEvent, EmailClaimEvent, TenantEvent, UserEvent } from './events';

export type TenantState = { status: 'none' } | { status: 'created'; tenantId: string; name: string; allowPostholderNames: boolean };

export const initialTenantState: TenantState = { status: 'none' };

export const evolveTenant = (state: TenantState, event: TenantEvent): TenantState => {
  switch (event.type) {
    case 'TenantCreated':
      return { status: 'created', ...event.data, allowPostholderNames: false };
    case 'PostholderNamePolicySet':
      return state.status === 'created' ? { ...state, allowPostholderNames: event.data.allowNames } : state;
    default:
      return state;
  }
};

// A link still to be used: the invitation (while invited) or a password reset (while active).
export type PendingLink = { tokenHash: string; expiresAt: string };

export type RegisteredUser = {
  status: 'invited' | 'active' | 'deactivated';
  userId: string;
  role: Role;
  authorityId: string | null;
  serviceId: string | null;
  auditorAuthorityIds: string[];
  pendingLink: PendingLink | null;
};
export type UserState = { status: 'none' } | RegisteredUser;

export const initialUserState: UserState = { status: 'none' };

export const evolveUser = (state: UserState, event: UserEvent): UserState => {
  if (event.type === 'UserRegistered' || event.type === 'UserInvited') {
    const { userId, role, authorityId, serviceId } = event.data;
    const invited = event.type === 'UserInvited';
    const pendingLink = invited ? { tokenHash: event.data.tokenHash, expiresAt: event.data.expiresAt } : null;
    return { status: invited ? 'invited' : 'active', userId, role, authorityId, serviceId, auditorAuthorityIds: [], pendingLink };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'InvitationAccepted':
      return { ...state, status: 'active', pendingLink: null };
    case 'PasswordResetIssued':
      return { ...state, pendingLink: { tokenHash: event.data.tokenHash, expiresAt: event.data.expiresAt } };
    case 'PasswordResetCompleted':
      return { ...state, pendingLink: null };
    case 'AuditorAccessGranted':
      return { ...state, auditorAuthorityIds: [...state.auditorAuthorityIds, event.data.authorityId] };
    case 'AuditorAccessRevoked':
      return { ...state, auditorAuthorityIds: state.auditorAuthorityIds.filter((id) => id !== event.data.authorityId) };
    case 'UserDeactivated':
      return { ...state, status: 'deactivated', pendingLink: null };
    default:
      return state;
  }
};

export type CredentialState = { status: 'none' } | { status: 'set'; userId: string; passwordHash: string };

export const initialCredentialState: CredentialState = { status: 'none' };

export const evolveCredential = (state: CredentialState, event: CredentialEvent): CredentialState => {
  switch (event.type) {
    case 'PasswordSet':
      return { status: 'set', ...event.data };
    default:
      return state;
  }
};

export type EmailClaimState = { status: 'unclaimed' } | { status: 'claimed'; email: string; tenantId: string; userId: string };

export const initialEmailClaimState: EmailClaimState = { status: 'unclaimed' };

export const evolveEmailClaim = (state: EmailClaimState, event: EmailClaimEvent): EmailClaimState => {
  switch (event.type) {
    case 'EmailClaimed':
      return { status: 'claimed', ...event.data };
    default:
      return state;
  }
};
