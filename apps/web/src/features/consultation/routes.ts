import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { programmeStageReaderRoles, workspaceRoles } from '../../lib/roles';

const consultation: NavItem = { to: '/consultation', label: 'Consultation', roles: workspaceRoles, group: 'Approve and deliver', order: 140 };

export default {
  nav: [consultation],
  routes: [
    { path: 'consultation', roles: consultation.roles, page: () => import('./consultation-index-page').then((m) => m.ConsultationIndexPage) },
    {
      path: 'consultation/:programmeId',
      roles: programmeStageReaderRoles,
      page: () => import('./consultation-programme-page').then((m) => m.ConsultationProgrammePage),
    },
    {
      path: 'consultation/:programmeId/plans/:planId',
      roles: programmeStageReaderRoles,
      page: () => import('./consultation-plan-page').then((m) => m.ConsultationPlanPage),
    },
  ],
} satisfies FeatureRoutes;
