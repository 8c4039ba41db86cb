import type { DomainEvent, Role } from '../shared/decider';

export type TenantCreated = DomainEvent<'TenantCreated', { tenantId: string; name: string }>;
export type PostholderNamePolicySet = DomainEvent<'PostholderNamePolicySet', { allowNames: boolean }>;
export type TenantEvent = TenantCreated | PostholderNamePolicySet;

export type UserRegistered = DomainEvent<
  'UserRegistered',
  {
    userId: string;
    email: string;
    displayName: string;
    role: Role;
    authorityId: string | null;
    serviceId: string | null;
  }
>;
export type AuditorAccessGranted = DomainEvent<'AuditorAccessGranted', { userId: string; authorityId: string }>;
export type AuditorAccessRevoked = DomainEvent<'AuditorAccessRevoked', { userId: string; authorityId: string }>;
export type UserDeactivated = DomainEvent<'UserDeactivated', { userId: string }>;
export type UserEvent = UserRegistered | AuditorAccessGranted | AuditorAccessRevoked | UserDeactivated;

export type PasswordSet = DomainEvent<'PasswordSet', { userId: string; passwordHash: string }>;
export type CredentialEvent = PasswordSet;

export type EmailClaimed = DomainEvent<'EmailClaimed', { email: string; tenantId: string; userId: string }>;
export type EmailClaimEvent = EmailClaimed;

export type TenancyEvent = TenantEvent | UserEvent | CredentialEvent | EmailClaimEvent;
