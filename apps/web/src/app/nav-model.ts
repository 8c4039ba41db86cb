import type { Role } from '../gql/graphql';
import type { NavItem } from '../lib/feature-routes';
import { navItems } from './features';

export type { NavItem };
export { navItems };

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
