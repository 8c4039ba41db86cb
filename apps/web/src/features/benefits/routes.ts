import type { FeatureRoutes, NavItem } from '../../lib/feature-routes';
import { programmeStageReaderRoles, workspaceRoles } from '../../lib/roles';

const benefits: NavItem = { to: '/benefits', label: 'Benefits', roles: workspaceRoles, group: 'Analyse', order: 70 };

export default {
  nav: [benefits],
  routes: [
    { path: 'benefits', roles: benefits.roles, page: () => import('./benefits-index-page').then((m) => m.BenefitsIndexPage) },
    { path: 'benefits/:programmeId', roles: programmeStageReaderRoles, page: () => import('./benefits-page').then((m) => m.BenefitsPage) },
    { path: 'benefits/:programmeId/new', roles: benefits.roles, page: () => import('./benefit-page').then((m) => m.BenefitPage) },
    { path: 'benefits/:programmeId/:benefitId', roles: benefits.roles, page: () => import('./benefit-page').then((m) => m.BenefitPage) },
  ],
} satisfies FeatureRoutes;
