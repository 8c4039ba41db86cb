import { requireId, requireText, type CommandMetadata, type Role, type Sponsor } from '@orgledger/domain';
import type { EventStore } from '@orgledger/event-store';
import type { AppConfig } from './config';
import type { ReadModels } from './read-models';
import type { SignInAttempts } from './auth/sign-in-attempts';
import type { CredentialStore } from './auth/credential-store';
import { uuidv7 } from './ids';
import type { Send } from './command-handler';

export const APP_CONTEXT = Symbol('APP_CONTEXT');

// Everything a slice needs, built once in main.ts (or by the CLI) and handed to Nest as one value.
export type AppContext = {
  config: AppConfig;
  store: EventStore;
  readModels: ReadModels;
  signInAttempts: SignInAttempts;
  send: Send;
  credentials: CredentialStore;
};

// What a command function needs: the live store to read a stream's state, and a way to send.
export type Deps = Pick<AppContext, 'store' | 'send'>;

export type AuthUser = {
  userId: string;
  tenantId: string;
  role: Role;
  displayName: string;
  email: string;
  authorityId: string | null;
  serviceId: string | null;
  auditorAuthorityIds: string[];
  invitedBy?: Sponsor | null; // who created or invited the account: carried into every decision's actor
};

export const SYSTEM_ACTOR = { userId: 'system', role: 'tenant_admin' as Role, displayName: 'OrgLedger operator' };

export const commandMeta = (
  tenantId: string,
  actor: { userId: string; role: Role; displayName: string; invitedBy?: Sponsor | null },
  input: { commandId?: string | null; reason?: string | null },
  now = new Date(),
): CommandMetadata => {
  const reason = input.reason?.trim() ? requireText('reason', input.reason, { max: MAX_REASON }) : undefined;
  return {
    tenantId,
    actor: {
      userId: actor.userId,
      role: actor.role,
      displayName: actor.displayName,
      ...(actor.invitedBy ? { invitedBy: { userId: actor.invitedBy.userId, displayName: actor.invitedBy.displayName } } : {}),
    },
    now: now.toISOString(),
    commandId: input.commandId !== undefined && input.commandId !== null ? requireId('commandId', input.commandId) : uuidv7(now.getTime()),
    ...(reason ? { reason } : {}),
  };
};

export const MAX_REASON = 2000;

export const metaFor = (user: AuthUser, input: { commandId?: string | null; reason?: string | null }) => commandMeta(user.tenantId, user, input);
