import { describe, expect, it } from 'vitest';
import type { Role } from '../gql/graphql';
import { entryFor, homePathFor, navEntriesFor, navFor, navItems, rolesFor } from './nav-model';

const labels = (role: Role) => navFor(role).map((item) => item.label);

describe('role navigation model', () => {
  it('gives consultants and tenant admins the workspace sections', () => {
    expect(labels('CONSULTANT')).toEqual([
      'Authorities',
      'Programmes',
      'Establishment',
      'Analysis',
      'Definition',
      'Contracts',
      'Benefits',
      'Capacity',
      'Deals',
      'Funding',
      'Design',
      'People',
      'Approval',
      'Consultation',
      'Handover',
      'Templates',
    ]);
    expect(labels('TENANT_ADMIN')).toEqual([
      'Authorities',
      'Programmes',
      'Establishment',
      'Analysis',
      'Definition',
      'Contracts',
      'Benefits',
      'Capacity',
      'Deals',
      'Funding',
      'Design',
      'People',
      'Approval',
      'Consultation',
      'Handover',
      'Templates',
      'Access log',
    ]);
    expect(homePathFor('CONSULTANT')).toBe('/authorities');
  });

  it.each<Role>(['SERVICE_DIRECTOR', 'HR_PARTNER', 'FINANCE_PARTNER', 'DA_MEMBER', 'INTERIM_SERVICE_MANAGER'])(
    'keeps %s in the council portal, away from the workspace',
    (role) => {
      expect(navFor(role).map((item) => item.to)).toEqual(['/portal']);
      expect(homePathFor(role)).toBe('/portal');
      expect(rolesFor('/authorities')).not.toContain(role);
      expect(rolesFor('/programmes')).not.toContain(role);
      expect(rolesFor('/establishment')).not.toContain(role);
      expect(rolesFor('/analysis')).not.toContain(role);
      for (const path of ['/deals', '/funding', '/design', '/people', '/approval', '/consultation', '/handover']) expect(rolesFor(path)).not.toContain(role);
      for (const path of ['/definition', '/contracts', '/benefits', '/capacity', '/templates']) expect(rolesFor(path)).not.toContain(role);
    },
  );

  it('gives auditors only the audit home', () => {
    expect(labels('AUDITOR')).toEqual(['Audit']);
    expect(homePathFor('AUDITOR')).toBe('/audit');
  });

  it('lets every role open at least one section, and every section has a role', () => {
    const roles: Role[] = [
      'AUDITOR',
      'CONSULTANT',
      'DA_MEMBER',
      'FINANCE_PARTNER',
      'HR_PARTNER',
      'INTERIM_SERVICE_MANAGER',
      'SERVICE_DIRECTOR',
      'TENANT_ADMIN',
    ];
    for (const role of roles) expect(navFor(role).length).toBeGreaterThan(0);
    for (const item of navItems) expect(item.roles.length).toBeGreaterThan(0);
  });

  it('refuses to guard a path that is not in the model', () => {
    expect(() => rolesFor('/handover-someday')).toThrow('No navigation entry for /handover-someday');
  });

  it('groups the workspace sections into a main row that fits on one line', () => {
    const entries = navEntriesFor('TENANT_ADMIN');
    expect(entries.map((e) => e.label)).toEqual(['Set up', 'Analyse', 'Fund and design', 'Approve and deliver', 'Access log']);
    expect(entries[0]).toMatchObject({ to: '/authorities' });
    expect(entries[0].items.map((i) => i.label)).toEqual(['Authorities', 'Programmes', 'Templates']);
    expect(entries.flatMap((e) => e.items).length).toBe(navFor('TENANT_ADMIN').length);
  });

  it('finds the group a page belongs to, by its section or a page below it', () => {
    const entries = navEntriesFor('CONSULTANT');
    expect(entryFor(entries, '/deals/p-1')?.label).toBe('Fund and design');
    expect(entryFor(entries, '/templates')?.label).toBe('Set up');
    expect(entryFor(entries, '/dealsx')).toBeUndefined();
    expect(navEntriesFor('AUDITOR').map((e) => e.label)).toEqual(['Audit']);
  });
});
