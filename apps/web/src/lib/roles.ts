import type { Role } from '../gql/graphql';

export const workspaceRoles = ['CONSULTANT', 'TENANT_ADMIN'] as const satisfies readonly Role[];
export const portalRoles = ['SERVICE_DIRECTOR', 'HR_PARTNER', 'FINANCE_PARTNER', 'DA_MEMBER', 'INTERIM_SERVICE_MANAGER'] as const satisfies readonly Role[];
export const auditRoles = ['AUDITOR'] as const satisfies readonly Role[];

const roleLabels: Record<Role, string> = {
  CONSULTANT: 'Consultant',
  TENANT_ADMIN: 'Tenant administrator',
  AUDITOR: 'Auditor',
  SERVICE_DIRECTOR: 'Service director',
  HR_PARTNER: 'HR business partner',
  FINANCE_PARTNER: 'Finance business partner',
  DA_MEMBER: 'Design Authority member',
  INTERIM_SERVICE_MANAGER: 'Interim service manager',
};

export function roleLabel(role: Role): string {
  return roleLabels[role] ?? role;
}

export function isPortalRole(role: Role): boolean {
  return (portalRoles as readonly Role[]).includes(role);
}

// A programme's analysis-stage pages (/definition/:id, /contracts/:id, /benefits/:id, /capacity/:id)
// which council staff and auditors may read too; the API decides what each sees (a service director
// only their own service's contracts). Only the workspace has the sections in the main navigation.
export const programmeStageReaderRoles: readonly Role[] = [...workspaceRoles, ...portalRoles, ...auditRoles];

// The audit pages of one authority (/audit/:authorityId/…): auditors, and tenant admins who answer to them.
export const auditPageRoles: readonly Role[] = [...auditRoles, 'TENANT_ADMIN'];
