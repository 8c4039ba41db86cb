import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { portalRoles } from '../../lib/roles';

const portal: NavItem = { to: '/portal', label: 'Home', roles: portalRoles, order: 170 };

export default {
  nav: [portal],
  routes: [
    { path: 'portal', roles: portal.roles, page: () => import('./portal-page').then((m) => m.PortalPage) },
    {
      path: 'portal/job-descriptions/:programmeId/:designPostId',
      roles: portal.roles,
      page: () => import('./job-description-approval-page').then((m) => m.JobDescriptionApprovalPage),
    },
    { path: 'portal/budget/:programmeId', roles: portal.roles, page: () => import('./budget-sign-off-page').then((m) => m.BudgetSignOffPage) },
    {
      path: 'portal/design-authority/:programmeId',
      roles: portal.roles,
      page: () => import('./design-authority-decision-page').then((m) => m.DesignAuthorityDecisionPage),
    },
  ],
} satisfies FeatureRoutes;
