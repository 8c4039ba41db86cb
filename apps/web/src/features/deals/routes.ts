import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { portalRoles, workspaceRoles } from '../../lib/roles';

const deals: NavItem = { to: '/deals', label: 'Deals', roles: workspaceRoles, group: 'Fund and design', order: 90 };

export default {
  nav: [deals],
  routes: [
    { path: 'deals', roles: deals.roles, page: () => import('./deals-index-page').then((m) => m.DealsIndexPage) },
    { path: 'deals/:programmeId', roles: deals.roles, page: () => import('./deals-ledger-page').then((m) => m.DealsLedgerPage) },
    { path: 'deals/:programmeId/new', roles: deals.roles, page: () => import('./propose-deal-page').then((m) => m.ProposeDealPage) },
    { path: 'deals/:programmeId/:dealId', roles: deals.roles, page: () => import('./deal-page').then((m) => m.DealPage) },
    { path: 'portal/deals/:dealId', roles: portalRoles, page: () => import('./deal-page').then((m) => m.PortalDealPage) },
  ],
} satisfies FeatureRoutes;
