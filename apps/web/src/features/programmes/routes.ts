import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { workspaceRoles } from '../../lib/roles';

const programmes: NavItem = { to: '/programmes', label: 'Programmes', roles: workspaceRoles, group: 'Set up', order: 20 };

export default {
  nav: [programmes],
  routes: [{ path: 'programmes', roles: programmes.roles, page: () => import('./programmes-page').then((m) => m.ProgrammesPage) }],
} satisfies FeatureRoutes;
