import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { programmeStageReaderRoles, workspaceRoles } from '../../lib/roles';

const capacity: NavItem = { to: '/capacity', label: 'Capacity', roles: workspaceRoles, group: 'Analyse', order: 80 };

export default {
  nav: [capacity],
  routes: [
    { path: 'capacity', roles: capacity.roles, page: () => import('./capacity-index-page').then((m) => m.CapacityIndexPage) },
    { path: 'capacity/:programmeId', roles: programmeStageReaderRoles, page: () => import('./capacity-page').then((m) => m.CapacityPage) },
  ],
} satisfies FeatureRoutes;
