import { createBrowserRouter, type RouteObject } from 'react-router';
import { requireRole, requireSession, redirectHome } from './guards';
import { rolesFor } from './nav-model';
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
            path: 'portal',
            loader: requireRole(rolesFor('/portal')),
            lazy: () => import('../features/portal/portal-page').then((m) => ({ Component: m.PortalPage })),
          },
          {
            path: 'audit',
            loader: requireRole(rolesFor('/audit')),
            lazy: () => import('../features/audit/audit-page').then((m) => ({ Component: m.AuditPage })),
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
