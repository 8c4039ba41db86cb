import type { Role } from '../gql/graphql';
import { auditRoles, portalRoles, workspaceRoles } from '../lib/roles';

export type NavItem = { to: string; label: string; roles: readonly Role[] };

// One entry per section; later issues add Deals, Design, Approval, Consultation and Handover here
// with the roles that may open them. The router guards the same paths (and those under them) with `roles`.
export const navItems: readonly NavItem[] = [
  { to: '/authorities', label: 'Authorities', roles: workspaceRoles },
  { to: '/programmes', label: 'Programmes', roles: workspaceRoles },
  { to: '/establishment', label: 'Establishment', roles: workspaceRoles },
  { to: '/analysis', label: 'Analysis', roles: workspaceRoles },
  { to: '/definition', label: 'Definition', roles: workspaceRoles },
  { to: '/contracts', label: 'Contracts', roles: workspaceRoles },
  { to: '/benefits', label: 'Benefits', roles: workspaceRoles },
  { to: '/capacity', label: 'Capacity', roles: workspaceRoles },
  { to: '/deals', label: 'Deals', roles: workspaceRoles },
  { to: '/funding', label: 'Funding', roles: workspaceRoles },
  { to: '/design', label: 'Design', roles: workspaceRoles },
  { to: '/people', label: 'People', roles: workspaceRoles },
  { to: '/templates', label: 'Templates', roles: workspaceRoles },
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

// A programme's analysis-stage pages (/definition/:id, /contracts/:id, /benefits/:id, /capacity/:id)
// which council staff and auditors may read too; the API decides what each sees (a service director
// only their own service's contracts). Only the workspace has the sections in the main navigation.
export const programmeStageReaderRoles: readonly Role[] = [...workspaceRoles, ...portalRoles, ...auditRoles];
