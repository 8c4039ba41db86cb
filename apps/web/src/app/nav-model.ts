import type { Role } from '../gql/graphql';
import { auditRoles, portalRoles, workspaceRoles } from '../lib/roles';

export type NavItem = { to: string; label: string; roles: readonly Role[]; group?: NavGroup };

// The programme's stages are grouped so that the main navigation fits on one line: the top row shows
// a group, the row below it the sections of the group you are in.
export type NavGroup = 'Set up' | 'Analyse' | 'Fund and design' | 'Approve and deliver';

// One entry per section; later issues add Deals, Design, Approval, Consultation and Handover here
// with the roles that may open them. The router guards the same paths (and those under them) with `roles`.
export const navItems: readonly NavItem[] = [
  { to: '/authorities', label: 'Authorities', roles: workspaceRoles, group: 'Set up' },
  { to: '/programmes', label: 'Programmes', roles: workspaceRoles, group: 'Set up' },
  { to: '/establishment', label: 'Establishment', roles: workspaceRoles, group: 'Analyse' },
  { to: '/analysis', label: 'Analysis', roles: workspaceRoles, group: 'Analyse' },
  { to: '/definition', label: 'Definition', roles: workspaceRoles, group: 'Analyse' },
  { to: '/contracts', label: 'Contracts', roles: workspaceRoles, group: 'Analyse' },
  { to: '/benefits', label: 'Benefits', roles: workspaceRoles, group: 'Analyse' },
  { to: '/capacity', label: 'Capacity', roles: workspaceRoles, group: 'Analyse' },
  { to: '/deals', label: 'Deals', roles: workspaceRoles, group: 'Fund and design' },
  { to: '/funding', label: 'Funding', roles: workspaceRoles, group: 'Fund and design' },
  { to: '/design', label: 'Design', roles: workspaceRoles, group: 'Fund and design' },
  { to: '/people', label: 'People', roles: workspaceRoles, group: 'Fund and design' },
  { to: '/approval', label: 'Approval', roles: workspaceRoles, group: 'Approve and deliver' },
  { to: '/consultation', label: 'Consultation', roles: workspaceRoles, group: 'Approve and deliver' },
  { to: '/handover', label: 'Handover', roles: workspaceRoles, group: 'Approve and deliver' },
  { to: '/templates', label: 'Templates', roles: workspaceRoles, group: 'Set up' },
  { to: '/portal', label: 'Home', roles: portalRoles },
  { to: '/audit', label: 'Audit', roles: auditRoles },
  { to: '/access-log', label: 'Access log', roles: ['TENANT_ADMIN'] },
];

export function navFor(role: Role): NavItem[] {
  return navItems.filter((item) => item.roles.includes(role));
}

// One entry per group (or per ungrouped section), in the order of their first section.
export type NavEntry = { label: string; to: string; items: NavItem[] };

export function navEntriesFor(role: Role): NavEntry[] {
  const entries: NavEntry[] = [];
  for (const item of navFor(role)) {
    const entry = item.group ? entries.find((e) => e.label === item.group) : undefined;
    if (entry) entry.items.push(item);
    else entries.push({ label: item.group ?? item.label, to: item.to, items: [item] });
  }
  return entries;
}

// The entry a path belongs to: its own section or one below it.
export function entryFor(entries: NavEntry[], pathname: string): NavEntry | undefined {
  return entries.find((e) => e.items.some((item) => pathname === item.to || pathname.startsWith(`${item.to}/`)));
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

// The audit pages of one authority (/audit/:authorityId/…): auditors, and tenant admins who answer to them.
export const auditPageRoles: readonly Role[] = [...auditRoles, 'TENANT_ADMIN'];
