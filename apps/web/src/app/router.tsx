import { createBrowserRouter, type RouteObject } from 'react-router';
import type { PublicRoute } from '../lib/feature-routes';
import { publicRoutes, screenRoutes } from './features';
import { requireRole, requireSession, redirectHome } from './guards';
import { RouteError } from './routes/route-error';

const lazyPage = (route: PublicRoute): RouteObject => ({ path: route.path, lazy: () => route.page().then((Component) => ({ Component })) });

// Every screen is its own chunk; the first load carries only React, the router and this table.
export const routes: RouteObject[] = [
  {
    ErrorBoundary: RouteError,
    children: [
      {
        lazy: () => import('./routes/public-layout').then((m) => ({ Component: m.PublicLayout })),
        children: publicRoutes.map(lazyPage),
      },
      {
        loader: requireSession,
        lazy: () => import('./routes/app-layout').then((m) => ({ Component: m.AppLayout })),
        children: [
          { index: true, loader: redirectHome },
          ...screenRoutes.map((route) => ({ ...lazyPage(route), loader: requireRole(route.roles) })),
          { path: '*', lazy: () => import('./routes/not-found').then((m) => ({ Component: m.NotFound })) },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
