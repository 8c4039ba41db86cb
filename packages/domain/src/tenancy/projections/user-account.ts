import type { Role } from '../../shared/decider';
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
};

// One row per user stream; events for a row that does not exist yet are ignored.
export const projectUserAccount = (row: UserAccount | null, event: UserEvent): UserAccount | null => {
  if (event.type === 'UserRegistered') return { ...event.data, auditorAuthorityIds: [], active: true };
  if (!row) return row;
  switch (event.type) {
    case 'AuditorAccessGranted':
      return row.auditorAuthorityIds.includes(event.data.authorityId)
        ? row
        : { ...row, auditorAuthorityIds: [...row.auditorAuthorityIds, event.data.authorityId] };
    case 'AuditorAccessRevoked':
      return { ...row, auditorAuthorityIds: row.auditorAuthorityIds.filter((id) => id !== event.data.authorityId) };
    case 'UserDeactivated':
      return { ...row, active: false };
    default:
      return row;
  }
};
