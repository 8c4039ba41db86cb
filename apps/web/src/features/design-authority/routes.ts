import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { programmeStageReaderRoles, workspaceRoles } from '../../lib/roles';

const approval: NavItem = { to: '/approval', label: 'Approval', roles: workspaceRoles, group: 'Approve and deliver', order: 130 };

export default {
  nav: [approval],
  routes: [
    { path: 'approval', roles: approval.roles, page: () => import('./approval-index-page').then((m) => m.ApprovalIndexPage) },
    { path: 'approval/:programmeId', roles: approval.roles, page: () => import('./design-authority-page').then((m) => m.DesignAuthorityPage) },
    { path: 'programmes/:programmeId/design-authority/pack', roles: programmeStageReaderRoles, page: () => import('./pack-page').then((m) => m.PackPage) },
  ],
} satisfies FeatureRoutes;
