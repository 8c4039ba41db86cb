import type { FeatureRoutes } from '../../lib/feature-routes';
import { workspaceRoles } from '../../lib/roles';

export default {
  routes: [{ path: 'approval/:programmeId/costs', roles: workspaceRoles, page: () => import('./costs-page').then((m) => m.CostsPage) }],
} satisfies FeatureRoutes;
