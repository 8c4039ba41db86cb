import type { Role } from '../gql/graphql';
import { auditRoles, portalRoles, workspaceRoles } from '../lib/roles';

export type NavItem = { to: string; label: string; roles: readonly Role[] };

// One entry per section; later issues add Analysis, Deals, Design, Approval, Consultation and
// Handover here with the roles that may open them. The router guards the same paths with `roles`.
export const navItems: readonly NavItem[] = [
  { to: '/authorities', label: 'Authorities', roles: workspaceRoles },
  { to: '/programmes', label: 'Programmes', roles: workspaceRoles },
  { to: '/portal', label: 'Home', roles: portalRoles },
  { to: '/audit', label: 'Audit', roles: auditRoles },
];

export function navFor(role: Role): NavItem[] {
  return navItems.filter((item) => item.roles.includes(role));
}

export function rolesFor(path: string): readonly Role[] {
  const item = navItems.find((entry) => entry.to === path);
  if (!item) throw new Error(`No navigation entry for ${path}`);
  return item.roles;
}

// Where each role lands after signing in: the first section it may open.
export function homePathFor(role: Role): string {
  return navFor(role)[0]?.to ?? '/signed-in';
}
