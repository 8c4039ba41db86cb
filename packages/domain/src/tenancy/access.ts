import type { Role } from '../shared/decider';
import type { UserAccount } from './projections/user-account';

// Who may see which council. A deactivated user sees none.
export const canSeeAuthority = (user: UserAccount, authorityId: string): boolean => {
  if (!user.active) return false;
  switch (user.role) {
    case 'tenant_admin':
    case 'consultant':
      return true;
    case 'auditor':
      return user.auditorAuthorityIds.includes(authorityId);
    default:
      return user.authorityId === authorityId;
  }
};

export const visibleAuthorityIds = (user: UserAccount, allAuthorityIds: readonly string[]): string[] =>
  allAuthorityIds.filter((authorityId) => canSeeAuthority(user, authorityId));

// Auditors replay and export; they never change anything.
export const isReadOnlyRole = (role: Role): boolean => role === 'auditor';
