import type { FeatureRoutes, NavItem } from '../lib/feature-routes';

// Every feature's routes.ts, so a new screen is added in its feature and nowhere else.
const modules = import.meta.glob<FeatureRoutes>('../features/*/routes.ts', { eager: true, import: 'default' });
const features = Object.values(modules);

export const screenRoutes = features.flatMap((f) => f.routes ?? []);
export const publicRoutes = features.flatMap((f) => f.publicRoutes ?? []);
export const navItems: readonly NavItem[] = features.flatMap((f) => f.nav ?? []).sort((a, b) => a.order - b.order);
