import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { openKurrentDbKeyStateStore, openSqlite, type KeyStateStore } from '@orgledger/event-store';

// Passwords live beside the event log, never in it: events are kept for ever, a credential is
// replaced or deleted. One record per user: the current hash and the token version, which sign-out,
// a password change, a reset and deactivation bump so that earlier tokens stop working.
//
// Rebuild rules (README "Accounts"): a user with no record here signs in with the hash of their old
// `PasswordSet` event, if any (accounts made before this store); invited users set theirs through
// their link. If the store is lost, a tenant admin issues reset links; rotating TOKEN_SECRET ends
// every session, since the lost token versions would otherwise restart at 0.
export type CredentialStore = {
  passwordHashOf: (tenantId: string, userId: string) => Promise<string | null>;
  tokenVersionOf: (tenantId: string, userId: string) => Promise<number>;
  // Sets the hash and bumps the version: sessions signed in with the old password end.
  setPassword: (tenantId: string, userId: string, passwordHash: string, now: string) => Promise<number>;
  bumpTokenVersion: (tenantId: string, userId: string, now: string) => Promise<number>;
  close: () => Promise<void>;
};

const SQL = `CREATE TABLE IF NOT EXISTS credentials (
  tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, password_hash TEXT, token_version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL, PRIMARY KEY (tenant_id, user_id))`;

// The embedded store: DATA_DIR/credentials.sqlite, fsynced, so a set password survives a crash.
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
    passwordHashOf: async (tenantId, userId) => row.get(tenantId, userId)?.password_hash ?? null,
    tokenVersionOf: async (tenantId, userId) => versionOf(tenantId, userId),
    setPassword: async (tenantId, userId, passwordHash, now) => {
      setHash.run(tenantId, userId, passwordHash, now);
      return versionOf(tenantId, userId);
    },
    bumpTokenVersion: async (tenantId, userId, now) => {
      bump.run(tenantId, userId, now);
      return versionOf(tenantId, userId);
    },
    close: async () => void db.close(),
  };
};

type Credential = { passwordHash: string | null; tokenVersion: number; updatedAt: string };

// A token version read from the shared store is trusted this long by this replica: a sign-out on
// another replica ends the session here within this window (at once on the replica that took it).
export const SHARED_VERSION_TTL_MS = 2_000;

// Credentials on any KeyStateStore, one key per user: with EVENT_STORE=kurrentdb every replica sees
// the same passwords and token versions. The key is digested into the stream name, so no id shows.
const credentialKey = (tenantId: string, userId: string) => `credential:${tenantId}:${userId}`;

export const credentialStoreOn = (keys: KeyStateStore, now: () => number = Date.now): CredentialStore => {
  const key = credentialKey;
  const versions = new Map<string, { version: number; at: number }>();
  const remember = (k: string, version: number) => {
    if (versions.size > 10_000) versions.clear();
    versions.set(k, { version, at: now() });
    return version;
  };
  const change = (tenantId: string, userId: string, at: string, passwordHash?: string) =>
    keys.update<Credential, number>(key(tenantId, userId), (current) => {
      const next = {
        passwordHash: passwordHash ?? current?.passwordHash ?? null,
        tokenVersion: (current?.tokenVersion ?? 0) + 1,
        updatedAt: at,
      };
      return { next, result: next.tokenVersion };
    });
  return {
    passwordHashOf: async (tenantId, userId) => (await keys.read<Credential>(key(tenantId, userId)))?.passwordHash ?? null,
    tokenVersionOf: async (tenantId, userId) => {
      const k = key(tenantId, userId);
      const known = versions.get(k);
      if (known && now() - known.at < SHARED_VERSION_TTL_MS) return known.version;
      return remember(k, (await keys.read<Credential>(k))?.tokenVersion ?? 0);
    },
    setPassword: async (tenantId, userId, passwordHash, at) => remember(key(tenantId, userId), await change(tenantId, userId, at, passwordHash)),
    bumpTokenVersion: async (tenantId, userId, at) => remember(key(tenantId, userId), await change(tenantId, userId, at)),
    close: () => keys.close(),
  };
};

// One stream per user in the `credential` category; only the newest event counts, so the server
// may scavenge older hashes (maxCount 1).
const CREDENTIAL_STREAMS = { category: 'credential', retention: { maxCount: 1 } };

export const openKurrentDbCredentialStore = (connectionString: string): CredentialStore =>
  credentialStoreOn(openKurrentDbKeyStateStore({ connectionString }, CREDENTIAL_STREAMS));

type CredentialRow = { tenant_id: string; user_id: string; password_hash: string | null; token_version: number; updated_at: string };

// For `orgledger migrate`: every record of the embedded file into the cluster, versions included, so
// sessions and passwords carry over. A record the cluster changed since is kept: a migration run
// again never rolls a password back.
export const copyCredentials = async (dataDir: string, connectionString: string): Promise<number> => {
  const file = join(dataDir, 'credentials.sqlite');
  if (!existsSync(file)) return 0;
  const db = openSqlite(file, { readonly: true, fileMustExist: true });
  const keys = openKurrentDbKeyStateStore({ connectionString }, CREDENTIAL_STREAMS);
  try {
    let copied = 0;
    for (const r of db.prepare('SELECT tenant_id, user_id, password_hash, token_version, updated_at FROM credentials').all() as CredentialRow[]) {
      const record: Credential = { passwordHash: r.password_hash, tokenVersion: r.token_version, updatedAt: r.updated_at };
      copied += await keys.update<Credential, number>(credentialKey(r.tenant_id, r.user_id), (current) =>
        current && current.updatedAt >= record.updatedAt ? { result: 0 } : { next: record, result: 1 },
      );
    }
    return copied;
  } finally {
    db.close();
    await keys.close();
  }
};
