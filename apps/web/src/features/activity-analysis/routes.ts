import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { portalRoles, workspaceRoles } from '../../lib/roles';

const analysis: NavItem = { to: '/analysis', label: 'Analysis', roles: workspaceRoles, group: 'Analyse', order: 40 };

export default {
  nav: [analysis],
  routes: [
    { path: 'analysis', roles: analysis.roles, page: () => import('./analysis-index-page').then((m) => m.AnalysisIndexPage) },
    { path: 'analysis/:programmeId', roles: analysis.roles, page: () => import('./analysis-page').then((m) => m.AnalysisPage) },
    { path: 'analysis/:programmeId/activities', roles: analysis.roles, page: () => import('./taxonomy-page').then((m) => m.TaxonomyPage) },
    { path: 'analysis/:programmeId/return', roles: analysis.roles, page: () => import('./activity-return-page').then((m) => m.ActivityReturnPage) },
    { path: 'portal/activity-return/:programmeId', roles: portalRoles, page: () => import('./portal-return-page').then((m) => m.PortalReturnPage) },
  ],
} satisfies FeatureRoutes;
