import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { auditPageRoles, auditRoles } from '../../lib/roles';

const audit: NavItem = { to: '/audit', label: 'Audit', roles: auditRoles, order: 180 };
const accessLog: NavItem = { to: '/access-log', label: 'Access log', roles: ['TENANT_ADMIN'], order: 190 };

export default {
  nav: [audit, accessLog],
  routes: [
    { path: 'audit', roles: audit.roles, page: () => import('./audit-page').then((m) => m.AuditPage) },
    { path: 'audit/:authorityId/history', roles: auditPageRoles, page: () => import('./decision-history-page').then((m) => m.DecisionHistoryPage) },
    { path: 'audit/:authorityId/changes', roles: auditPageRoles, page: () => import('./diff-page').then((m) => m.DiffPage) },
    { path: 'audit/:authorityId/verify', roles: auditPageRoles, page: () => import('./verify-page').then((m) => m.VerifyPage) },
    { path: 'access-log', roles: accessLog.roles, page: () => import('./access-log-page').then((m) => m.AccessLogPage) },
  ],
} satisfies FeatureRoutes;
