import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { workspaceRoles } from '../../lib/roles';

const authorities: NavItem = { to: '/authorities', label: 'Authorities', roles: workspaceRoles, group: 'Set up', order: 10 };

export default {
  nav: [authorities],
  routes: [
    { path: 'authorities', roles: authorities.roles, page: () => import('./authorities-page').then((m) => m.AuthoritiesPage) },
    { path: 'authorities/:authorityId', roles: authorities.roles, page: () => import('./authority-page').then((m) => m.AuthorityPage) },
  ],
} satisfies FeatureRoutes;
