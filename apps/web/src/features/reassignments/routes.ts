import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { workspaceRoles } from '../../lib/roles';

const people: NavItem = { to: '/people', label: 'People', roles: workspaceRoles, group: 'Fund and design', order: 120 };

export default {
  nav: [people],
  routes: [
    { path: 'people', roles: people.roles, page: () => import('./people-index-page').then((m) => m.PeopleIndexPage) },
    { path: 'people/:programmeId', roles: people.roles, page: () => import('./transition-map-page').then((m) => m.TransitionMapPage) },
    { path: 'people/:programmeId/posts/:postId', roles: people.roles, page: () => import('./as-is-post-page').then((m) => m.AsIsPostPage) },
  ],
} satisfies FeatureRoutes;
