import type { CredentialEvent, EmailClaimEvent, TenantEvent } from '@orgledger/domain';
import { defineReadModel, domainEventOf, idAfterTenant } from '../platform/read-model';

export type TenantRow = { tenantId: string; name: string; allowPostholderNames: boolean };
export type EmailIndexRow = { email: string; tenantId: string; userId: string };
export type CredentialRow = { userId: string; passwordHash: string };

export const tenantModel = defineReadModel<TenantRow>({
  name: 'tenant',
  categories: ['tenant'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: e.metadata.tenantId }),
  evolve: (row, e) => {
    const event = domainEventOf<TenantEvent>(e);
    if (event.type === 'TenantCreated') return { tenantId: event.data.tenantId, name: event.data.name, allowPostholderNames: false };
    return row && { ...row, allowPostholderNames: event.data.allowNames };
  },
});

// Sign-in lookup: email → tenant and user, across tenants.
export const emailIndexModel = defineReadModel<EmailIndexRow>({
  name: 'emailIndex',
  categories: ['emailClaim'],
  key: (e) => (e.type === 'EmailClaimed' ? { tenantId: 'global', id: String(e.data.email) } : null),
  evolve: (_row, e) => {
    const { email, tenantId, userId } = domainEventOf<EmailClaimEvent>(e).data;
    return { email, tenantId, userId };
  },
});

// Password hashes of accounts made before the credential store: never exposed through GraphQL.
export const credentialModel = defineReadModel<CredentialRow>({
  name: 'credential',
  categories: ['credential'],
  key: (e) => ({ tenantId: e.metadata.tenantId, id: idAfterTenant(e) }),
  evolve: (row, e) => {
    const event = domainEventOf<CredentialEvent>(e);
    return event.type === 'PasswordSet' ? { userId: event.data.userId, passwordHash: event.data.passwordHash } : row;
  },
});
