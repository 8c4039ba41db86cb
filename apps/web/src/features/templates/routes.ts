import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { workspaceRoles } from '../../lib/roles';

const templates: NavItem = { to: '/templates', label: 'Templates', roles: workspaceRoles, group: 'Set up', order: 160 };

export default {
  nav: [templates],
  routes: [
    { path: 'templates', roles: templates.roles, page: () => import('./templates-page').then((m) => m.TemplatesPage) },
    { path: 'templates/save/:programmeId', roles: templates.roles, page: () => import('./save-template-page').then((m) => m.SaveTemplatePage) },
    { path: 'templates/apply/:programmeId', roles: templates.roles, page: () => import('./apply-template-page').then((m) => m.ApplyTemplatePage) },
  ],
} satisfies FeatureRoutes;
