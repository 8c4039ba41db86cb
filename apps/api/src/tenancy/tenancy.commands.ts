import { createHash } from 'node:crypto';
import {
  authorityDecider,
  credentialDecider,
  emailClaimDecider,
  invalid,
  isPortalRole,
  notFound,
  requireEmail,
  requireId,
  tenantDecider,
  userDecider,
  validatePassword,
  type CommandMetadata,
  type Role,
} from '@orgledger/domain';
import { streamName, type EventStore } from '@orgledger/event-store';
import type { Dispatch } from '../platform/app-context';
import { hashPassword } from '../platform/auth/password';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';

export type Deps = { store: EventStore; dispatch: Dispatch };


// Emails are unique across all tenants: one claim stream per email, outside any tenant.
export const emailClaimStream = (email: string) =>
  streamName('emailClaim', 'global', createHash('sha256').update(email).digest('hex').slice(0, 32));

export const createTenant = async (deps: Deps, meta: CommandMetadata, input: { name: string }) => {
  const tenantId = derivedUuid(meta.commandId, 'tenant');
  const m = { ...meta, tenantId };
  await deps.dispatch(streamName('tenant', tenantId, tenantId), tenantDecider, { type: 'CreateTenant', data: { tenantId, name: input.name }, metadata: m });
  return tenantId;
};

export type RegisterUserInput = {
  email: string;
  displayName: string;
  role: Role;
  password: string;
  authorityId?: string | null;
  serviceId?: string | null;
};

export const registerUser = async (deps: Deps, meta: CommandMetadata, input: RegisterUserInput) => {
  const email = requireEmail(input.email);
  validatePassword(input.password);
  const isPortal = isPortalRole(input.role);
  if (meta.actor.role === 'consultant' && !isPortal) {
    throw invalid('CONSULTANT_CANNOT_ADD_STAFF', 'Consultants can add council (portal) users only; ask a tenant admin to add consultancy staff.');
  }
  let authorityId: string | null = null;
  if (input.authorityId) {
    authorityId = requireId('authorityId', input.authorityId);
    const authority = await loadState(deps.store, streamName('authority', meta.tenantId, authorityId), authorityDecider);
    if (authority.status === 'none') throw notFound('AUTHORITY_NOT_FOUND', `There is no authority with id ${authorityId}.`);
    if (input.serviceId) {
      const serviceId = requireId('serviceId', input.serviceId);
      if (!authority.services.some((s: { serviceId: string }) => s.serviceId === serviceId)) {
        throw notFound('SERVICE_NOT_FOUND', `The authority has no service with id ${serviceId}.`);
      }
    }
  }
  const userId = derivedUuid(meta.commandId, 'user');
  const register = {
    type: 'RegisterUser' as const,
    data: { userId, email, displayName: input.displayName, role: input.role, authorityId, serviceId: input.serviceId ?? null },
    metadata: meta,
  };
  // Check the registration on its own first, so a refusal leaves no email claimed behind it.
  userDecider.decide(register, userDecider.initialState);
  await deps.dispatch(emailClaimStream(email), emailClaimDecider, { type: 'ClaimEmail', data: { email, userId }, metadata: meta });
  await deps.dispatch(streamName('user', meta.tenantId, userId), userDecider, register);
  const passwordHash = await hashPassword(input.password);
  await deps.dispatch(streamName('credential', meta.tenantId, userId), credentialDecider, {
    type: 'SetPassword',
    data: { userId, passwordHash },
    metadata: meta,
  });
  return userId;
};

export const setPostholderNamePolicy = async (deps: Deps, meta: CommandMetadata, allowNames: boolean) => {
  await deps.dispatch(streamName('tenant', meta.tenantId, meta.tenantId), tenantDecider, {
    type: 'SetPostholderNamePolicy',
    data: { allowNames },
    metadata: meta,
  });
};

export const revokeAuditorAccess = async (deps: Deps, meta: CommandMetadata, input: { userId: string; authorityId: string }) => {
  const userId = requireId('userId', input.userId);
  const authorityId = requireId('authorityId', input.authorityId);
  await deps.dispatch(streamName('user', meta.tenantId, userId), userDecider, { type: 'RevokeAuditorAccess', data: { userId, authorityId }, metadata: meta });
  return userId;
};

export const deactivateUser = async (deps: Deps, meta: CommandMetadata, input: { userId: string }) => {
  const userId = requireId('userId', input.userId);
  if (userId === meta.actor.userId) throw invalid('CANNOT_DEACTIVATE_SELF', 'You cannot deactivate your own account; ask another tenant admin.');
  await deps.dispatch(streamName('user', meta.tenantId, userId), userDecider, { type: 'DeactivateUser', data: { userId }, metadata: meta });
  return userId;
};

export const grantAuditorAccess = async (deps: Deps, meta: CommandMetadata, input: { userId: string; authorityId: string }) => {
  const userId = requireId('userId', input.userId);
  const authorityId = requireId('authorityId', input.authorityId);
  const authority = await loadState(deps.store, streamName('authority', meta.tenantId, authorityId), authorityDecider);
  if (authority.status === 'none') throw notFound('AUTHORITY_NOT_FOUND', `There is no authority with id ${authorityId}.`);
  await deps.dispatch(streamName('user', meta.tenantId, userId), userDecider, {
    type: 'GrantAuditorAccess',
    data: { userId, authorityId },
    metadata: meta,
  });
  return userId;
};
