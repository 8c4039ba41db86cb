import type { Role } from './decider';

// Tenant roles work for the consultancy; portal roles belong to one client authority.
export const tenantRoles = ['tenant_admin', 'consultant', 'auditor'] as const satisfies readonly Role[];
export const portalRoles = ['service_director', 'hr_partner', 'finance_partner', 'da_member', 'interim_service_manager'] as const satisfies readonly Role[];
export const allRoles: readonly Role[] = [...tenantRoles, ...portalRoles];

export type TenantRole = (typeof tenantRoles)[number];
export type PortalRole = (typeof portalRoles)[number];

export const isRole = (value: unknown): value is Role => allRoles.includes(value as Role);
export const isTenantRole = (role: Role): role is TenantRole => (tenantRoles as readonly Role[]).includes(role);
export const isPortalRole = (role: Role): role is PortalRole => (portalRoles as readonly Role[]).includes(role);
