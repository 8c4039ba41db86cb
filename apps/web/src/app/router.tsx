import { createBrowserRouter, type RouteObject } from 'react-router';
import { requireRole, requireSession, redirectHome } from './guards';
import { auditPageRoles, programmeStageReaderRoles, rolesFor } from './nav-model';
import { RouteError } from './routes/route-error';

// Every screen is its own chunk; the first load carries only React, the router and this table.
export const routes: RouteObject[] = [
  {
    ErrorBoundary: RouteError,
    children: [
      {
        lazy: () => import('./routes/public-layout').then((m) => ({ Component: m.PublicLayout })),
        children: [
          {
            path: 'sign-in',
            lazy: () => import('../features/auth/sign-in-page').then((m) => ({ Component: m.SignInPage })),
          },
          {
            path: 'accept-invitation',
            lazy: () => import('../features/auth/accept-invitation-page').then((m) => ({ Component: m.AcceptInvitationPage })),
          },
          {
            path: 'reset-password',
            lazy: () => import('../features/auth/accept-invitation-page').then((m) => ({ Component: m.ResetPasswordPage })),
          },
        ],
      },
      {
        loader: requireSession,
        lazy: () => import('./routes/app-layout').then((m) => ({ Component: m.AppLayout })),
        children: [
          { index: true, loader: redirectHome },
          {
            path: 'authorities',
            loader: requireRole(rolesFor('/authorities')),
            lazy: () => import('../features/authorities/authorities-page').then((m) => ({ Component: m.AuthoritiesPage })),
          },
          {
            path: 'authorities/:authorityId',
            loader: requireRole(rolesFor('/authorities')),
            lazy: () => import('../features/authorities/authority-page').then((m) => ({ Component: m.AuthorityPage })),
          },
          {
            path: 'programmes',
            loader: requireRole(rolesFor('/programmes')),
            lazy: () => import('../features/programmes/programmes-page').then((m) => ({ Component: m.ProgrammesPage })),
          },
          {
            path: 'establishment',
            loader: requireRole(rolesFor('/establishment')),
            lazy: () => import('../features/establishment/establishment-index-page').then((m) => ({ Component: m.EstablishmentIndexPage })),
          },
          {
            path: 'establishment/:authorityId',
            loader: requireRole(rolesFor('/establishment')),
            lazy: () => import('../features/establishment/establishment-page').then((m) => ({ Component: m.EstablishmentPage })),
          },
          {
            path: 'establishment/:authorityId/posts/new',
            loader: requireRole(rolesFor('/establishment')),
            lazy: () => import('../features/establishment/post-page').then((m) => ({ Component: m.PostPage })),
          },
          {
            path: 'establishment/:authorityId/posts/:postId',
            loader: requireRole(rolesFor('/establishment')),
            lazy: () => import('../features/establishment/post-page').then((m) => ({ Component: m.PostPage })),
          },
          {
            path: 'analysis',
            loader: requireRole(rolesFor('/analysis')),
            lazy: () => import('../features/activity-analysis/analysis-index-page').then((m) => ({ Component: m.AnalysisIndexPage })),
          },
          {
            path: 'analysis/:programmeId',
            loader: requireRole(rolesFor('/analysis')),
            lazy: () => import('../features/activity-analysis/analysis-page').then((m) => ({ Component: m.AnalysisPage })),
          },
          {
            path: 'analysis/:programmeId/activities',
            loader: requireRole(rolesFor('/analysis')),
            lazy: () => import('../features/activity-analysis/taxonomy-page').then((m) => ({ Component: m.TaxonomyPage })),
          },
          {
            path: 'analysis/:programmeId/return',
            loader: requireRole(rolesFor('/analysis')),
            lazy: () => import('../features/activity-analysis/activity-return-page').then((m) => ({ Component: m.ActivityReturnPage })),
          },
          {
            path: 'portal',
            loader: requireRole(rolesFor('/portal')),
            lazy: () => import('../features/portal/portal-page').then((m) => ({ Component: m.PortalPage })),
          },
          {
            path: 'portal/activity-return/:programmeId',
            loader: requireRole(rolesFor('/portal')),
            lazy: () => import('../features/activity-analysis/portal-return-page').then((m) => ({ Component: m.PortalReturnPage })),
          },
          {
            path: 'deals',
            loader: requireRole(rolesFor('/deals')),
            lazy: () => import('../features/deals/deals-index-page').then((m) => ({ Component: m.DealsIndexPage })),
          },
          {
            path: 'deals/:programmeId',
            loader: requireRole(rolesFor('/deals')),
            lazy: () => import('../features/deals/deals-ledger-page').then((m) => ({ Component: m.DealsLedgerPage })),
          },
          {
            path: 'deals/:programmeId/new',
            loader: requireRole(rolesFor('/deals')),
            lazy: () => import('../features/deals/propose-deal-page').then((m) => ({ Component: m.ProposeDealPage })),
          },
          {
            path: 'deals/:programmeId/:dealId',
            loader: requireRole(rolesFor('/deals')),
            lazy: () => import('../features/deals/deal-page').then((m) => ({ Component: m.DealPage })),
          },
          {
            path: 'portal/deals/:dealId',
            loader: requireRole(rolesFor('/portal')),
            lazy: () => import('../features/deals/deal-page').then((m) => ({ Component: m.PortalDealPage })),
          },
          {
            path: 'funding',
            loader: requireRole(rolesFor('/funding')),
            lazy: () => import('../features/funding/funding-index-page').then((m) => ({ Component: m.FundingIndexPage })),
          },
          {
            path: 'funding/:programmeId',
            loader: requireRole(rolesFor('/funding')),
            lazy: () => import('../features/funding/funding-page').then((m) => ({ Component: m.FundingPage })),
          },
          {
            path: 'design',
            loader: requireRole(rolesFor('/design')),
            lazy: () => import('../features/design/design-index-page').then((m) => ({ Component: m.DesignIndexPage })),
          },
          {
            path: 'design/:programmeId',
            loader: requireRole(rolesFor('/design')),
            lazy: () => import('../features/design/design-page').then((m) => ({ Component: m.DesignPage })),
          },
          {
            path: 'design/:programmeId/options/:optionId',
            loader: requireRole(rolesFor('/design')),
            lazy: () => import('../features/design/design-option-page').then((m) => ({ Component: m.DesignOptionPage })),
          },
          {
            path: 'design/:programmeId/options/:optionId/posts/new',
            loader: requireRole(rolesFor('/design')),
            lazy: () => import('../features/design/design-post-page').then((m) => ({ Component: m.DesignPostPage })),
          },
          {
            path: 'design/:programmeId/options/:optionId/posts/:designPostId',
            loader: requireRole(rolesFor('/design')),
            lazy: () => import('../features/design/design-post-page').then((m) => ({ Component: m.DesignPostPage })),
          },
          {
            path: 'people',
            loader: requireRole(rolesFor('/people')),
            lazy: () => import('../features/reassignments/people-index-page').then((m) => ({ Component: m.PeopleIndexPage })),
          },
          {
            path: 'people/:programmeId',
            loader: requireRole(rolesFor('/people')),
            lazy: () => import('../features/reassignments/transition-map-page').then((m) => ({ Component: m.TransitionMapPage })),
          },
          {
            path: 'people/:programmeId/posts/:postId',
            loader: requireRole(rolesFor('/people')),
            lazy: () => import('../features/reassignments/as-is-post-page').then((m) => ({ Component: m.AsIsPostPage })),
          },
          {
            path: 'definition',
            loader: requireRole(rolesFor('/definition')),
            lazy: () => import('../features/definition/definition-index-page').then((m) => ({ Component: m.DefinitionIndexPage })),
          },
          {
            path: 'definition/:programmeId',
            loader: requireRole(programmeStageReaderRoles),
            lazy: () => import('../features/definition/definition-page').then((m) => ({ Component: m.DefinitionPage })),
          },
          {
            path: 'contracts',
            loader: requireRole(rolesFor('/contracts')),
            lazy: () => import('../features/contracts/contracts-index-page').then((m) => ({ Component: m.ContractsIndexPage })),
          },
          {
            path: 'contracts/:programmeId',
            loader: requireRole(programmeStageReaderRoles),
            lazy: () => import('../features/contracts/contracts-register-page').then((m) => ({ Component: m.ContractsRegisterPage })),
          },
          {
            path: 'contracts/:programmeId/new',
            loader: requireRole(rolesFor('/contracts')),
            lazy: () => import('../features/contracts/contract-edit-page').then((m) => ({ Component: m.ContractEditPage })),
          },
          {
            path: 'contracts/:programmeId/tiers',
            loader: requireRole(rolesFor('/contracts')),
            lazy: () => import('../features/contracts/tier-rules-page').then((m) => ({ Component: m.TierRulesPage })),
          },
          {
            path: 'contracts/:programmeId/:contractId',
            loader: requireRole(programmeStageReaderRoles),
            lazy: () => import('../features/contracts/contract-page').then((m) => ({ Component: m.ContractPage })),
          },
          {
            path: 'contracts/:programmeId/:contractId/edit',
            loader: requireRole(rolesFor('/contracts')),
            lazy: () => import('../features/contracts/contract-edit-page').then((m) => ({ Component: m.ContractEditPage })),
          },
          {
            path: 'benefits',
            loader: requireRole(rolesFor('/benefits')),
            lazy: () => import('../features/benefits/benefits-index-page').then((m) => ({ Component: m.BenefitsIndexPage })),
          },
          {
            path: 'benefits/:programmeId',
            loader: requireRole(programmeStageReaderRoles),
            lazy: () => import('../features/benefits/benefits-page').then((m) => ({ Component: m.BenefitsPage })),
          },
          {
            path: 'benefits/:programmeId/new',
            loader: requireRole(rolesFor('/benefits')),
            lazy: () => import('../features/benefits/benefit-page').then((m) => ({ Component: m.BenefitPage })),
          },
          {
            path: 'benefits/:programmeId/:benefitId',
            loader: requireRole(rolesFor('/benefits')),
            lazy: () => import('../features/benefits/benefit-page').then((m) => ({ Component: m.BenefitPage })),
          },
          {
            path: 'capacity',
            loader: requireRole(rolesFor('/capacity')),
            lazy: () => import('../features/capacity/capacity-index-page').then((m) => ({ Component: m.CapacityIndexPage })),
          },
          {
            path: 'capacity/:programmeId',
            loader: requireRole(programmeStageReaderRoles),
            lazy: () => import('../features/capacity/capacity-page').then((m) => ({ Component: m.CapacityPage })),
          },
          {
            path: 'templates',
            loader: requireRole(rolesFor('/templates')),
            lazy: () => import('../features/templates/templates-page').then((m) => ({ Component: m.TemplatesPage })),
          },
          {
            path: 'templates/save/:programmeId',
            loader: requireRole(rolesFor('/templates')),
            lazy: () => import('../features/templates/save-template-page').then((m) => ({ Component: m.SaveTemplatePage })),
          },
          {
            path: 'templates/apply/:programmeId',
            loader: requireRole(rolesFor('/templates')),
            lazy: () => import('../features/templates/apply-template-page').then((m) => ({ Component: m.ApplyTemplatePage })),
          },
          {
            path: 'approval',
            loader: requireRole(rolesFor('/approval')),
            lazy: () => import('../features/design-authority/approval-index-page').then((m) => ({ Component: m.ApprovalIndexPage })),
          },
          {
            path: 'approval/:programmeId',
            loader: requireRole(rolesFor('/approval')),
            lazy: () => import('../features/design-authority/design-authority-page').then((m) => ({ Component: m.DesignAuthorityPage })),
          },
          {
            path: 'approval/:programmeId/grading',
            loader: requireRole(rolesFor('/approval')),
            lazy: () => import('../features/grading/grading-page').then((m) => ({ Component: m.GradingPage })),
          },
          {
            path: 'approval/:programmeId/grading/:designPostId',
            loader: requireRole(rolesFor('/approval')),
            lazy: () => import('../features/grading/job-description-page').then((m) => ({ Component: m.JobDescriptionPage })),
          },
          {
            path: 'approval/:programmeId/costs',
            loader: requireRole(rolesFor('/approval')),
            lazy: () => import('../features/costing/costs-page').then((m) => ({ Component: m.CostsPage })),
          },
          {
            path: 'programmes/:programmeId/design-authority/pack',
            loader: requireRole(programmeStageReaderRoles),
            lazy: () => import('../features/design-authority/pack-page').then((m) => ({ Component: m.PackPage })),
          },
          {
            path: 'portal/job-descriptions/:programmeId/:designPostId',
            loader: requireRole(rolesFor('/portal')),
            lazy: () => import('../features/portal/job-description-approval-page').then((m) => ({ Component: m.JobDescriptionApprovalPage })),
          },
          {
            path: 'portal/budget/:programmeId',
            loader: requireRole(rolesFor('/portal')),
            lazy: () => import('../features/portal/budget-sign-off-page').then((m) => ({ Component: m.BudgetSignOffPage })),
          },
          {
            path: 'portal/design-authority/:programmeId',
            loader: requireRole(rolesFor('/portal')),
            lazy: () => import('../features/portal/design-authority-decision-page').then((m) => ({ Component: m.DesignAuthorityDecisionPage })),
          },
          {
            path: 'audit',
            loader: requireRole(rolesFor('/audit')),
            lazy: () => import('../features/audit/audit-page').then((m) => ({ Component: m.AuditPage })),
          },
          {
            path: 'handover',
            loader: requireRole(rolesFor('/handover')),
            lazy: () => import('../features/handover/handover-index-page').then((m) => ({ Component: m.HandoverIndexPage })),
          },
          {
            path: 'handover/:programmeId',
            loader: requireRole(programmeStageReaderRoles),
            lazy: () => import('../features/handover/handover-page').then((m) => ({ Component: m.HandoverPage })),
          },
          {
            path: 'consultation',
            loader: requireRole(rolesFor('/consultation')),
            lazy: () => import('../features/consultation/consultation-index-page').then((m) => ({ Component: m.ConsultationIndexPage })),
          },
          {
            path: 'consultation/:programmeId',
            loader: requireRole(programmeStageReaderRoles),
            lazy: () => import('../features/consultation/consultation-programme-page').then((m) => ({ Component: m.ConsultationProgrammePage })),
          },
          {
            path: 'consultation/:programmeId/plans/:planId',
            loader: requireRole(programmeStageReaderRoles),
            lazy: () => import('../features/consultation/consultation-plan-page').then((m) => ({ Component: m.ConsultationPlanPage })),
          },
          {
            path: 'audit/:authorityId/history',
            loader: requireRole(auditPageRoles),
            lazy: () => import('../features/audit/decision-history-page').then((m) => ({ Component: m.DecisionHistoryPage })),
          },
          {
            path: 'audit/:authorityId/changes',
            loader: requireRole(auditPageRoles),
            lazy: () => import('../features/audit/diff-page').then((m) => ({ Component: m.DiffPage })),
          },
          {
            path: 'audit/:authorityId/verify',
            loader: requireRole(auditPageRoles),
            lazy: () => import('../features/audit/verify-page').then((m) => ({ Component: m.VerifyPage })),
          },
          {
            path: 'access-log',
            loader: requireRole(rolesFor('/access-log')),
            lazy: () => import('../features/audit/access-log-page').then((m) => ({ Component: m.AccessLogPage })),
          },
          {
            path: 'portal/handover/:programmeId',
            loader: requireRole(rolesFor('/portal')),
            lazy: () => import('../features/handover/portal-handover-page').then((m) => ({ Component: m.PortalHandoverPage })),
          },
          {
            path: '*',
            lazy: () => import('./routes/not-found').then((m) => ({ Component: m.NotFound })),
          },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
