import { authorityDecider, isPortalRole, requireEmail, requireId, userDecider, type CommandMetadata, type Role, type UserState } from '@orgledger/domain';
import { conflict, invalid, notFound } from '../platform/api-errors';
import { streamName } from '@orgledger/event-store';
import type { CredentialStore } from '../platform/auth/credential-store';
import { makeLink, readLink } from '../platform/auth/links';
import { hashPassword } from '../platform/auth/password';
import { requireAcceptablePassword } from '../platform/auth/password-policy';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import type { ReadModels } from '../platform/read-models';
import { EmailClaimHandler, UserHandler } from './tenancy.commands';
import type { Deps } from '../platform/app-context';
import { userAccountModel } from '../platform/access-models';

// What account changes need besides the store: where passwords go, and the key links derive from.
export type IdentityDeps = Deps & { credentials: CredentialStore; config: { tokenSecret: Buffer }; readModels?: ReadModels };

export const INVITATION_DAYS = 7;
export const RESET_HOURS = 24;

export type InviteUserInput = { email: string; displayName: string; role: Role; authorityId?: string | null; serviceId?: string | null };

const userStream = (tenantId: string, userId: string) => streamName('user', tenantId, userId);
const later = (now: string, ms: number) => new Date(Date.parse(now) + ms).toISOString();

const requireScope = async (deps: Deps, meta: CommandMetadata, input: InviteUserInput) => {
  if (meta.actor.role === 'consultant' && !isPortalRole(input.role)) {
    throw invalid('CONSULTANT_CANNOT_ADD_STAFF', 'Consultants can add council (portal) users only; ask a tenant admin to add consultancy staff.');
  }
  if (!input.authorityId) return null;
  const authorityId = requireId('authorityId', input.authorityId);
  const authority = await loadState(deps.store, streamName('authority', meta.tenantId, authorityId), authorityDecider);
  if (authority.status === 'none') throw notFound('AUTHORITY_NOT_FOUND', `There is no authority with id ${authorityId}.`);
  if (input.serviceId) {
    const serviceId = requireId('serviceId', input.serviceId);
    if (!authority.services.some((s: { serviceId: string }) => s.serviceId === serviceId)) {
      throw notFound('SERVICE_NOT_FOUND', `The authority has no service with id ${serviceId}.`);
    }
  }
  return authorityId;
};

// The answer is the same whether or not the address is used in another tenant: the address is
// claimed only when the invitee accepts, which proves they hold it. Within this tenant the inviter
// can see the users anyway, so a second live account for one address is refused at once.
export const inviteUser = async (deps: IdentityDeps, meta: CommandMetadata, input: InviteUserInput) => {
  const email = requireEmail(input.email);
  const authorityId = await requireScope(deps, meta, input);
  const userId = derivedUuid(meta.commandId, 'user');
  // A retry of this same invitation (same command id, same user id) is answered as the first time.
  const taken = deps.readModels?.list(userAccountModel, meta.tenantId).some((u) => u.email === email && u.userId !== userId && u.status !== 'deactivated');
  if (taken) throw conflict('EMAIL_ALREADY_IN_TENANT', 'Someone in your firm already has an account or invitation for this address.');
  const { token, tokenHash } = makeLink(deps.config.tokenSecret, 'invitation', meta.tenantId, userId, meta.commandId);
  const expiresAt = later(meta.now, INVITATION_DAYS * 86_400_000);
  const data = { userId, email, displayName: input.displayName, role: input.role, authorityId, serviceId: input.serviceId ?? null, tokenHash, expiresAt };
  await deps.send(UserHandler, { type: 'InviteUser', data, metadata: meta }, {});
  return { userId, token, expiresAt };
};

// A link names its tenant and user; one answer for a malformed, unknown, wrong or used link.
// Nobody is signed in when a link is used: the actor of what follows is the account's own person.
const linkOf = async (deps: Deps, token: unknown, label: string, now: string) => {
  const link = readLink(token);
  if (!link) throw invalid('LINK_NOT_VALID', 'This link is not valid: it may have been used already or replaced. Ask for a new one.');
  const stream = userStream(link.tenantId, link.userId);
  const state: UserState = await loadState(deps.store, stream, userDecider);
  const facts = state.status === 'none' ? null : ((await deps.store.readStream(stream))[0].data as { email: string; displayName: string });
  const metadata: CommandMetadata = {
    tenantId: link.tenantId,
    actor: { userId: link.userId, role: state.status === 'none' ? 'consultant' : state.role, displayName: facts?.displayName ?? '' },
    now,
    commandId: derivedUuid(link.tokenHash, label),
  };
  return { link, state, stream, email: facts?.email ?? '', metadata };
};

// Checked in order so that a refusal leaves nothing behind: the link, the password, the address
// (claimed across every tenant; a taken one is refused without saying by whom), then the password
// is stored and the acceptance recorded. A retry with the same link completes an interrupted one.
export const acceptInvitation = async (deps: IdentityDeps, now: string, input: { token: string; password: string }) => {
  const { link, state, email, metadata } = await linkOf(deps, input.token, 'accept', now);
  const accept = { type: 'AcceptInvitation' as const, data: { userId: link.userId, tokenHash: link.tokenHash }, metadata };
  userDecider.decide(accept, state); // the link first: a wrong or used link says nothing more
  const password = requireAcceptablePassword(input.password);
  await deps.send(EmailClaimHandler, { type: 'ClaimEmail', data: { email, userId: link.userId }, metadata }, {});
  await deps.credentials.setPassword(link.tenantId, link.userId, await hashPassword(password), now);
  await deps.send(UserHandler, accept, {});
  return { tenantId: link.tenantId, userId: link.userId };
};

export const issuePasswordReset = async (deps: IdentityDeps, meta: CommandMetadata, input: { userId: string }) => {
  const userId = requireId('userId', input.userId);
  const { token, tokenHash } = makeLink(deps.config.tokenSecret, 'reset', meta.tenantId, userId, meta.commandId);
  const expiresAt = later(meta.now, RESET_HOURS * 3_600_000);
  await deps.send(UserHandler, { type: 'IssuePasswordReset', data: { userId, tokenHash, expiresAt }, metadata: meta }, {});
  return { userId, token, expiresAt };
};

// A new password through a reset link ends every session of the account.
export const resetPassword = async (deps: IdentityDeps, now: string, input: { token: string; password: string }) => {
  const { link, state, metadata } = await linkOf(deps, input.token, 'reset', now);
  const complete = { type: 'CompletePasswordReset' as const, data: { userId: link.userId, tokenHash: link.tokenHash }, metadata };
  userDecider.decide(complete, state);
  const password = requireAcceptablePassword(input.password);
  await deps.credentials.setPassword(link.tenantId, link.userId, await hashPassword(password), now);
  await deps.send(UserHandler, complete, {});
  return { tenantId: link.tenantId, userId: link.userId };
};

// For the demo seed, the operator CLI and tests: an invitation its maker accepts at once. Legitimate
// only where the maker is the person (the operator's first admin) or the data is made up (the demo).
export const addUserWithPassword = async (deps: IdentityDeps, meta: CommandMetadata, input: InviteUserInput, password: string) => {
  const { userId, token } = await inviteUser(deps, meta, input);
  const state = await loadState(deps.store, userStream(meta.tenantId, userId), userDecider);
  if (state.status === 'invited') await acceptInvitation(deps, meta.now, { token, password });
  return userId;
};
