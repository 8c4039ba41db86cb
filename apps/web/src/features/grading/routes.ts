import type { FeatureRoutes } from '../../lib/feature-routes';
import { workspaceRoles } from '../../lib/roles';

export default {
  routes: [
    { path: 'approval/:programmeId/grading', roles: workspaceRoles, page: () => import('./grading-page').then((m) => m.GradingPage) },
    {
      path: 'approval/:programmeId/grading/:designPostId',
      roles: workspaceRoles,
      page: () => import('./job-description-page').then((m) => m.JobDescriptionPage),
    },
  ],
} satisfies FeatureRoutes;
