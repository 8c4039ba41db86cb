import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { workspaceRoles } from '../../lib/roles';

const design: NavItem = { to: '/design', label: 'Design', roles: workspaceRoles, group: 'Fund and design', order: 110 };

export default {
  nav: [design],
  routes: [
    { path: 'design', roles: design.roles, page: () => import('./design-index-page').then((m) => m.DesignIndexPage) },
    { path: 'design/:programmeId', roles: design.roles, page: () => import('./design-page').then((m) => m.DesignPage) },
    { path: 'design/:programmeId/options/:optionId', roles: design.roles, page: () => import('./design-option-page').then((m) => m.DesignOptionPage) },
    { path: 'design/:programmeId/options/:optionId/posts/new', roles: design.roles, page: () => import('./design-post-page').then((m) => m.DesignPostPage) },
    {
      path: 'design/:programmeId/options/:optionId/posts/:designPostId',
      roles: design.roles,
      page: () => import('./design-post-page').then((m) => m.DesignPostPage),
    },
  ],
} satisfies FeatureRoutes;
