import type { FeatureRoutes } from '../../lib/feature-routes';
import { workspaceRoles } from '../../lib/roles';

export default {
  routes: [{ path: 'approval/:programmeId/business-case', roles: workspaceRoles, page: () => import('./business-case-page').then((m) => m.BusinessCasePage) }],
} satisfies FeatureRoutes;
