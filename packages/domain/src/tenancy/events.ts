import type { DomainEvent, Role, Sponsor } from '../shared/decider';

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
// An invitation: the account exists but cannot sign in until the invitee sets their own password
// through the single-use link. Only a hash of the link's secret is kept, never the secret.
export type UserInvited = DomainEvent<'UserInvited', UserRegistered['data'] & { invitedBy: Sponsor; expiresAt: string; tokenHash: string }>;
// The invitee proved the address (they hold the link) and chose a password, kept outside the log.
export type InvitationAccepted = DomainEvent<'InvitationAccepted', { userId: string }>;
export type PasswordResetIssued = DomainEvent<'PasswordResetIssued', { userId: string; expiresAt: string; tokenHash: string }>;
export type PasswordResetCompleted = DomainEvent<'PasswordResetCompleted', { userId: string }>;
export type AuditorAccessGranted = DomainEvent<'AuditorAccessGranted', { userId: string; authorityId: string }>;
export type AuditorAccessRevoked = DomainEvent<'AuditorAccessRevoked', { userId: string; authorityId: string }>;
export type UserDeactivated = DomainEvent<'UserDeactivated', { userId: string }>;
export type UserEvent =
  | UserRegistered
  | UserInvited
  | InvitationAccepted
  | PasswordResetIssued
  | PasswordResetCompleted
  | AuditorAccessGranted
  | AuditorAccessRevoked
  | UserDeactivated;

// Written before credentials moved out of the log; read as a user's initial password only.
export type PasswordSet = DomainEvent<'PasswordSet', { userId: string; passwordHash: string }>;
export type CredentialEvent = PasswordSet;

export type EmailClaimed = DomainEvent<'EmailClaimed', { email: string; tenantId: string; userId: string }>;
export type EmailClaimEvent = EmailClaimed;

export type TenancyEvent = TenantEvent | UserEvent | CredentialEvent | EmailClaimEvent;
