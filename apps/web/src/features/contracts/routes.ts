import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { programmeStageReaderRoles, workspaceRoles } from '../../lib/roles';

const contracts: NavItem = { to: '/contracts', label: 'Contracts', roles: workspaceRoles, group: 'Analyse', order: 60 };

export default {
  nav: [contracts],
  routes: [
    { path: 'contracts', roles: contracts.roles, page: () => import('./contracts-index-page').then((m) => m.ContractsIndexPage) },
    { path: 'contracts/:programmeId', roles: programmeStageReaderRoles, page: () => import('./contracts-register-page').then((m) => m.ContractsRegisterPage) },
    { path: 'contracts/:programmeId/new', roles: contracts.roles, page: () => import('./contract-edit-page').then((m) => m.ContractEditPage) },
    { path: 'contracts/:programmeId/tiers', roles: contracts.roles, page: () => import('./tier-rules-page').then((m) => m.TierRulesPage) },
    { path: 'contracts/:programmeId/:contractId', roles: programmeStageReaderRoles, page: () => import('./contract-page').then((m) => m.ContractPage) },
    { path: 'contracts/:programmeId/:contractId/edit', roles: contracts.roles, page: () => import('./contract-edit-page').then((m) => m.ContractEditPage) },
  ],
} satisfies FeatureRoutes;
