import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { workspaceRoles } from '../../lib/roles';

const funding: NavItem = { to: '/funding', label: 'Funding', roles: workspaceRoles, group: 'Fund and design', order: 100 };

export default {
  nav: [funding],
  routes: [
    { path: 'funding', roles: funding.roles, page: () => import('./funding-index-page').then((m) => m.FundingIndexPage) },
    { path: 'funding/:programmeId', roles: funding.roles, page: () => import('./funding-page').then((m) => m.FundingPage) },
  ],
} satisfies FeatureRoutes;
