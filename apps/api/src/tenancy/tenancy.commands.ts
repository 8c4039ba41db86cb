import { createHash } from 'node:crypto';
import {
  authorityDecider,
  requireId,
  emailClaimDecider,
  tenantDecider,
  userDecider,
  type CommandMetadata,
  type EmailClaimCommand,
  type TenantCommand,
  type UserCommand,
} from '@orgledger/domain';
import { invalid, notFound } from '../platform/api-errors';
import { streamName } from '@orgledger/event-store';
import { commandHandler } from '../platform/command-handler';
import type { Deps } from '../platform/app-context';
import type { CredentialStore } from '../platform/auth/credential-store';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';

// A tenant's own stream, one per user account, and one per email across tenants: each named by the
// command itself (its metadata's tenant and its data).
export class TenantHandler extends commandHandler(tenantDecider, (command: TenantCommand) =>
  streamName('tenant', command.metadata.tenantId, command.metadata.tenantId),
) {}
export class UserHandler extends commandHandler(userDecider, (command: UserCommand) => streamName('user', command.metadata.tenantId, command.data.userId)) {}
export class EmailClaimHandler extends commandHandler(emailClaimDecider, (command: EmailClaimCommand) => emailClaimStream(command.data.email)) {}

// Emails are unique across all tenants: one claim stream per email, outside any tenant.
export const emailClaimStream = (email: string) => streamName('emailClaim', 'global', createHash('sha256').update(email).digest('hex').slice(0, 32));

export const createTenant = async (deps: Deps, meta: CommandMetadata, input: { name: string }) => {
  const tenantId = derivedUuid(meta.commandId, 'tenant');
  const m = { ...meta, tenantId };
  await deps.send(TenantHandler, { type: 'CreateTenant', data: { tenantId, name: input.name }, metadata: m }, {});
  return tenantId;
};

export const setPostholderNamePolicy = async (deps: Deps, meta: CommandMetadata, allowNames: boolean) => {
  await deps.send(
    TenantHandler,
    {
      type: 'SetPostholderNamePolicy',
      data: { allowNames },
      metadata: meta,
    },
    {},
  );
};

export const revokeAuditorAccess = async (deps: Deps, meta: CommandMetadata, input: { userId: string; authorityId: string }) => {
  const userId = requireId('userId', input.userId);
  const authorityId = requireId('authorityId', input.authorityId);
  await deps.send(UserHandler, { type: 'RevokeAuditorAccess', data: { userId, authorityId }, metadata: meta }, {});
  return userId;
};

// Its sessions end at once: the token version moves past every token already issued.
export const deactivateUser = async (deps: Deps & { credentials: CredentialStore }, meta: CommandMetadata, input: { userId: string }) => {
  const userId = requireId('userId', input.userId);
  if (userId === meta.actor.userId) throw invalid('CANNOT_DEACTIVATE_SELF', 'You cannot deactivate your own account; ask another tenant admin.');
  await deps.send(UserHandler, { type: 'DeactivateUser', data: { userId }, metadata: meta }, {});
  await deps.credentials.bumpTokenVersion(meta.tenantId, userId, meta.now);
  return userId;
};

export const grantAuditorAccess = async (deps: Deps, meta: CommandMetadata, input: { userId: string; authorityId: string }) => {
  const userId = requireId('userId', input.userId);
  const authorityId = requireId('authorityId', input.authorityId);
  const authority = await loadState(deps.store, streamName('authority', meta.tenantId, authorityId), authorityDecider);
  if (authority.status === 'none') throw notFound('AUTHORITY_NOT_FOUND', `There is no authority with id ${authorityId}.`);
  await deps.send(
    UserHandler,
    {
      type: 'GrantAuditorAccess',
      data: { userId, authorityId },
      metadata: meta,
    },
    {},
  );
  return userId;
};
