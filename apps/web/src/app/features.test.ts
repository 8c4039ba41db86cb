import { describe, expect, it } from 'vitest';
import type { Role } from '../gql/graphql';
import { navItems, publicRoutes, screenRoutes } from './features';

// The roles that guard each screen today, written out so that a feature that forgets its routes.ts,
// or a guard that changes, fails here rather than in a browser journey.
const workspace: Role[] = ['CONSULTANT', 'TENANT_ADMIN'];
const portal: Role[] = ['SERVICE_DIRECTOR', 'HR_PARTNER', 'FINANCE_PARTNER', 'DA_MEMBER', 'INTERIM_SERVICE_MANAGER'];
const audit: Role[] = ['AUDITOR'];
const admin: Role[] = ['TENANT_ADMIN'];
const stageReaders: Role[] = [...workspace, ...portal, ...audit];
const auditPages: Role[] = [...audit, 'TENANT_ADMIN'];

const byPath = (rows: [string, Role[]][]) => Object.fromEntries([...rows].sort(([a], [b]) => a.localeCompare(b)));

describe('the routes and navigation collected from the features', () => {
  it('guards every screen with the roles that may open it', () => {
    const expected: [string, Role[]][] = [
      ['authorities', workspace],
      ['authorities/:authorityId', workspace],
      ['policy/:authorityId', stageReaders],
      ['programmes', workspace],
      ['establishment', workspace],
      ['establishment/:authorityId', workspace],
      ['establishment/:authorityId/posts/new', workspace],
      ['establishment/:authorityId/posts/:postId', workspace],
      ['analysis', workspace],
      ['analysis/:programmeId', workspace],
      ['analysis/:programmeId/activities', workspace],
      ['analysis/:programmeId/return', workspace],
      ['portal', portal],
      ['portal/activity-return/:programmeId', portal],
      ['deals', workspace],
      ['deals/:programmeId', workspace],
      ['deals/:programmeId/new', workspace],
      ['deals/:programmeId/:dealId', workspace],
      ['portal/deals/:dealId', portal],
      ['funding', workspace],
      ['funding/:programmeId', workspace],
      ['design', workspace],
      ['design/:programmeId', workspace],
      ['design/:programmeId/options/:optionId', workspace],
      ['design/:programmeId/options/:optionId/posts/new', workspace],
      ['design/:programmeId/options/:optionId/posts/:designPostId', workspace],
      ['people', workspace],
      ['people/:programmeId', workspace],
      ['people/:programmeId/posts/:postId', workspace],
      ['definition', workspace],
      ['definition/:programmeId', stageReaders],
      ['contracts', workspace],
      ['contracts/:programmeId', stageReaders],
      ['contracts/:programmeId/new', workspace],
      ['contracts/:programmeId/tiers', workspace],
      ['contracts/:programmeId/:contractId', stageReaders],
      ['contracts/:programmeId/:contractId/edit', workspace],
      ['benefits', workspace],
      ['benefits/:programmeId', stageReaders],
      ['benefits/:programmeId/new', workspace],
      ['benefits/:programmeId/:benefitId', workspace],
      ['capacity', workspace],
      ['capacity/:programmeId', stageReaders],
      ['templates', workspace],
      ['templates/save/:programmeId', workspace],
      ['templates/apply/:programmeId', workspace],
      ['approval', workspace],
      ['approval/:programmeId', workspace],
      ['approval/:programmeId/grading', workspace],
      ['approval/:programmeId/grading/:designPostId', workspace],
      ['approval/:programmeId/costs', workspace],
      ['approval/:programmeId/business-case', workspace],
      ['programmes/:programmeId/design-authority/pack', stageReaders],
      ['portal/job-descriptions/:programmeId/:designPostId', portal],
      ['portal/budget/:programmeId', portal],
      ['portal/design-authority/:programmeId', portal],
      ['audit', audit],
      ['handover', workspace],
      ['handover/:programmeId', stageReaders],
      ['consultation', workspace],
      ['consultation/:programmeId', stageReaders],
      ['consultation/:programmeId/plans/:planId', stageReaders],
      ['audit/:authorityId/history', auditPages],
      ['audit/:authorityId/changes', auditPages],
      ['audit/:authorityId/verify', auditPages],
      ['access-log', admin],
      ['portal/handover/:programmeId', portal],
    ];
    const collected = screenRoutes.map((r): [string, Role[]] => [r.path, [...r.roles]]);
    expect(collected).toHaveLength(expected.length);
    expect(byPath(collected)).toEqual(byPath(expected));
  });

  it('keeps the sign-in pages public', () => {
    expect(publicRoutes.map((r) => r.path).sort()).toEqual(['accept-invitation', 'reset-password', 'sign-in']);
  });

  it('orders the sections of the main navigation, with their groups and roles', () => {
    expect(navItems.map((i) => [i.to, i.group ?? null, [...i.roles]])).toEqual([
      ['/authorities', 'Set up', workspace],
      ['/programmes', 'Set up', workspace],
      ['/establishment', 'Analyse', workspace],
      ['/analysis', 'Analyse', workspace],
      ['/definition', 'Analyse', workspace],
      ['/contracts', 'Analyse', workspace],
      ['/benefits', 'Analyse', workspace],
      ['/capacity', 'Analyse', workspace],
      ['/deals', 'Fund and design', workspace],
      ['/funding', 'Fund and design', workspace],
      ['/design', 'Fund and design', workspace],
      ['/people', 'Fund and design', workspace],
      ['/approval', 'Approve and deliver', workspace],
      ['/consultation', 'Approve and deliver', workspace],
      ['/handover', 'Approve and deliver', workspace],
      ['/templates', 'Set up', workspace],
      ['/portal', null, portal],
      ['/audit', null, audit],
      ['/access-log', null, admin],
    ]);
  });

  it('loads each page as a component of its own chunk', async () => {
    const page = await screenRoutes.find((r) => r.path === 'deals')!.page();
    expect(page.name).toBe('DealsIndexPage');
  });
});
