import type { ComponentType } from 'react';
import type { Role } from '../gql/graphql';

// The programme's stages are grouped so that the main navigation fits on one line: the top row shows
// a group, the row below it the sections of the group you are in.
export type NavGroup = 'Set up' | 'Analyse' | 'Fund and design' | 'Approve and deliver';

// A section of the main navigation; `order` places it among every feature's sections.
export type NavItem = { to: string; label: string; roles: readonly Role[]; group?: NavGroup; order: number };

// A screen loads as its own chunk: only the route table is in the first load, never the page.
export type PublicRoute = { path: string; page: () => Promise<ComponentType> };
export type ScreenRoute = PublicRoute & { roles: readonly Role[] };

// What a feature adds to the app, from its `routes.ts`; app/ collects every feature's file.
export type FeatureRoutes = { routes?: readonly ScreenRoute[]; publicRoutes?: readonly PublicRoute[]; nav?: readonly NavItem[] };
