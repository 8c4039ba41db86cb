import type { Role, Sponsor } from '../../shared/decider';
import type { UserEvent } from '../events';

export type UserAccount = {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  authorityId: string | null;
  serviceId: string | null;
  auditorAuthorityIds: string[];
  active: boolean;
  // 'invited' until the invitee sets their password; `active` is true only when 'active'.
  status?: 'invited' | 'active' | 'deactivated';
  // Who created (old registrations) or invited the account: approvals refuse that person's proposals.
  invitedBy?: Sponsor | null;
};

// One row per user stream; events for a row that does not exist yet are ignored. `createdBy` is the
// actor of the registration, for accounts registered before invitations.
export const projectUserAccount = (row: UserAccount | null, event: UserEvent, createdBy: Sponsor | null = null): UserAccount | null => {
  if (event.type === 'UserRegistered') return { ...event.data, auditorAuthorityIds: [], active: true, status: 'active', invitedBy: createdBy };
  if (event.type === 'UserInvited') {
    const { userId, email, displayName, role, authorityId, serviceId, invitedBy } = event.data;
    return { userId, email, displayName, role, authorityId, serviceId, auditorAuthorityIds: [], active: false, status: 'invited', invitedBy };
  }
  if (!row) return row;
  switch (event.type) {
    case 'InvitationAccepted':
      return row.status === 'invited' ? { ...row, active: true, status: 'active' } : row;
    case 'AuditorAccessGranted':
      return row.auditorAuthorityIds.includes(event.data.authorityId)
        ? row
        : { ...row, auditorAuthorityIds: [...row.auditorAuthorityIds, event.data.authorityId] };
    case 'AuditorAccessRevoked':
      return { ...row, auditorAuthorityIds: row.auditorAuthorityIds.filter((id) => id !== event.data.authorityId) };
    case 'UserDeactivated':
      return { ...row, active: false, status: 'deactivated' };
    default:
      return row;
  }
};
