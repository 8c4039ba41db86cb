import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { portalRoles, programmeStageReaderRoles, workspaceRoles } from '../../lib/roles';

const handover: NavItem = { to: '/handover', label: 'Handover', roles: workspaceRoles, group: 'Approve and deliver', order: 150 };

export default {
  nav: [handover],
  routes: [
    { path: 'handover', roles: handover.roles, page: () => import('./handover-index-page').then((m) => m.HandoverIndexPage) },
    { path: 'handover/:programmeId', roles: programmeStageReaderRoles, page: () => import('./handover-page').then((m) => m.HandoverPage) },
    { path: 'portal/handover/:programmeId', roles: portalRoles, page: () => import('./portal-handover-page').then((m) => m.PortalHandoverPage) },
  ],
} satisfies FeatureRoutes;
