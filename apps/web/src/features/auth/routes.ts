import type { FeatureRoutes } from '../../lib/feature-routes';

export default {
  publicRoutes: [
    { path: 'sign-in', page: () => import('./sign-in-page').then((m) => m.SignInPage) },
    { path: 'accept-invitation', page: () => import('./accept-invitation-page').then((m) => m.AcceptInvitationPage) },
    { path: 'reset-password', page: () => import('./accept-invitation-page').then((m) => m.ResetPasswordPage) },
  ],
} satisfies FeatureRoutes;
