import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { programmeStageReaderRoles, workspaceRoles } from '../../lib/roles';

const definition: NavItem = { to: '/definition', label: 'Definition', roles: workspaceRoles, group: 'Analyse', order: 50 };

export default {
  nav: [definition],
  routes: [
    { path: 'definition', roles: definition.roles, page: () => import('./definition-index-page').then((m) => m.DefinitionIndexPage) },
    { path: 'definition/:programmeId', roles: programmeStageReaderRoles, page: () => import('./definition-page').then((m) => m.DefinitionPage) },
  ],
} satisfies FeatureRoutes;
