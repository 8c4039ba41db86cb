import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { workspaceRoles } from '../../lib/roles';

const establishment: NavItem = { to: '/establishment', label: 'Establishment', roles: workspaceRoles, group: 'Analyse', order: 30 };

export default {
  nav: [establishment],
  routes: [
    { path: 'establishment', roles: establishment.roles, page: () => import('./establishment-index-page').then((m) => m.EstablishmentIndexPage) },
    { path: 'establishment/:authorityId', roles: establishment.roles, page: () => import('./establishment-page').then((m) => m.EstablishmentPage) },
    { path: 'establishment/:authorityId/posts/new', roles: establishment.roles, page: () => import('./post-page').then((m) => m.PostPage) },
    { path: 'establishment/:authorityId/posts/:postId', roles: establishment.roles, page: () => import('./post-page').then((m) => m.PostPage) },
  ],
} satisfies FeatureRoutes;
