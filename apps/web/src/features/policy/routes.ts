import type { FeatureRoutes } from '../../lib/feature-routes';
import { programmeStageReaderRoles } from '../../lib/roles';

// A council's policy pack: everyone who may see the council reads it (the API answers a portal user
// for their own council only); consultants, tenant admins and the council's HR partner change it.
export default {
  routes: [{ path: 'policy/:authorityId', roles: programmeStageReaderRoles, page: () => import('./policy-page').then((m) => m.PolicyPage) }],
} satisfies FeatureRoutes;
