import type { Command, Role } from '../shared/decider';

export type CreateTenant = Command<'CreateTenant', { tenantId: string; name: string }>;
// Whether posts in an establishment may name their postholders; off by default (pseudonymous references).
export type SetPostholderNamePolicy = Command<'SetPostholderNamePolicy', { allowNames: boolean }>;
export type TenantCommand = CreateTenant | SetPostholderNamePolicy;

export type RegisterUser = Command<
  'RegisterUser',
  {
    userId: string;
    email: string;
    displayName: string;
    role: Role;
    authorityId?: string | null;
    serviceId?: string | null;
  }
>;
// The API makes the link's secret and passes only its hash; `now` decides expiry.
export type InviteUser = Command<'InviteUser', RegisterUser['data'] & { expiresAt: string; tokenHash: string }>;
export type AcceptInvitation = Command<'AcceptInvitation', { userId: string; tokenHash: string }>;
export type IssuePasswordReset = Command<'IssuePasswordReset', { userId: string; expiresAt: string; tokenHash: string }>;
export type CompletePasswordReset = Command<'CompletePasswordReset', { userId: string; tokenHash: string }>;
export type GrantAuditorAccess = Command<'GrantAuditorAccess', { userId: string; authorityId: string }>;
export type RevokeAuditorAccess = Command<'RevokeAuditorAccess', { userId: string; authorityId: string }>;
export type DeactivateUser = Command<'DeactivateUser', { userId: string }>;
export type UserCommand =
  InviteUser | AcceptInvitation | IssuePasswordReset | CompletePasswordReset | GrantAuditorAccess | RevokeAuditorAccess | DeactivateUser;

// The API hashes the password; the domain only ever sees the hash.
export type SetPassword = Command<'SetPassword', { userId: string; passwordHash: string }>;
export type CredentialCommand = SetPassword;

export type ClaimEmail = Command<'ClaimEmail', { email: string; userId: string }>;
export type EmailClaimCommand = ClaimEmail;

export type TenancyCommand = TenantCommand | UserCommand | CredentialCommand | EmailClaimCommand;
