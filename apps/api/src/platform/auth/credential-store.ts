import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite } from '@orgledger/event-store';

// Passwords live beside the event log, never in it: events are kept for ever, a credential is
// replaced or deleted. One row per user: the current hash and the token version, which sign-out,
// a password change, a reset and deactivation bump so that earlier tokens stop working.
//
// Rebuild rules (README "Accounts"): a user with no row here signs in with the hash of their old
// `PasswordSet` event, if any (accounts made before this store); invited users set theirs through
// their link. If this file is lost, a tenant admin issues reset links; rotating TOKEN_SECRET ends
// every session, since the lost token versions would otherwise restart at 0.
export type CredentialStore = {
  passwordHashOf: (tenantId: string, userId: string) => string | null;
  tokenVersionOf: (tenantId: string, userId: string) => number;
  // Sets the hash and bumps the version: sessions signed in with the old password end.
  setPassword: (tenantId: string, userId: string, passwordHash: string, now: string) => number;
  bumpTokenVersion: (tenantId: string, userId: string, now: string) => number;
  close: () => void;
};

const SQL = `CREATE TABLE IF NOT EXISTS credentials (
  tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, password_hash TEXT, token_version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL, PRIMARY KEY (tenant_id, user_id))`;

export const openCredentialStore = (dataDir: string): CredentialStore => {
  const file = join(dataDir, 'credentials.sqlite');
  const fresh = !existsSync(file);
  const db = openSqlite(file);
  if (fresh) chmodSync(file, 0o600);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SQL);
  const row = db.prepare<[string, string], { password_hash: string | null; token_version: number }>(
    'SELECT password_hash, token_version FROM credentials WHERE tenant_id = ? AND user_id = ?',
  );
  const setHash = db.prepare(
    `INSERT INTO credentials (tenant_id, user_id, password_hash, token_version, updated_at) VALUES (?, ?, ?, 1, ?)
     ON CONFLICT (tenant_id, user_id) DO UPDATE SET password_hash = excluded.password_hash,
       token_version = token_version + 1, updated_at = excluded.updated_at`,
  );
  const bump = db.prepare(
    `INSERT INTO credentials (tenant_id, user_id, password_hash, token_version, updated_at) VALUES (?, ?, NULL, 1, ?)
     ON CONFLICT (tenant_id, user_id) DO UPDATE SET token_version = token_version + 1, updated_at = excluded.updated_at`,
  );
  const versionOf = (tenantId: string, userId: string) => row.get(tenantId, userId)?.token_version ?? 0;
  return {
    passwordHashOf: (tenantId, userId) => row.get(tenantId, userId)?.password_hash ?? null,
    tokenVersionOf: versionOf,
    setPassword: (tenantId, userId, passwordHash, now) => {
      setHash.run(tenantId, userId, passwordHash, now);
      return versionOf(tenantId, userId);
    },
    bumpTokenVersion: (tenantId, userId, now) => {
      bump.run(tenantId, userId, now);
      return versionOf(tenantId, userId);
    },
    close: () => db.close(),
  };
};
