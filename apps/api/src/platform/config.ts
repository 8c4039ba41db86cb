import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prepareDataDir } from './data-dir';
import { loadAuditSigningKey, refuseKeyBesideData, type AuditSigningKey } from './signing-key';

export type AppConfig = {
  port: number;
  host: string;
  dataDir: string;
  eventStore: 'sqlite' | 'kurrentdb';
  kurrentDbUrl: string | null; // with kurrentdb: discovery, TLS and credentials ride in the connection string
  tokenSecret: Buffer;
  tokenTtlSeconds: number;
  webDist: string | null;
  maxBodyBytes: number;
  trustProxy: string | number;
  auditKey: AuditSigningKey;
  production: boolean; // NODE_ENV=production: introspection and store positions for signed-in callers only
  auditSealIntervalMs: number; // 0 = no background sealing (only on demand and on export)
  auditSealGraceMs: number; // verify fails when events wait longer than this for a checkpoint
};

// The token secret is generated once and kept in the data folder unless TOKEN_SECRET is given.
export const loadTokenSecret = (dataDir: string, fromEnv?: string): Buffer => {
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('TOKEN_SECRET must be at least 32 characters long.');
    return Buffer.from(fromEnv, 'utf8');
  }
  const file = join(dataDir, 'token-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64'), { mode: 0o600 });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
};

export const configFromEnv = (env: NodeJS.ProcessEnv = process.env): AppConfig => {
  const dataDir = resolve(env.DATA_DIR ?? './data');
  prepareDataDir(dataDir);
  const store = env.EVENT_STORE ?? 'sqlite';
  if (store !== 'sqlite' && store !== 'kurrentdb') throw new Error(`EVENT_STORE must be sqlite or kurrentdb, not ${store}.`);
  if (store === 'kurrentdb' && !env.KURRENTDB_URL) {
    throw new Error('EVENT_STORE=kurrentdb needs KURRENTDB_URL, e.g. kurrentdb+discover://db1:2113?tls=true (see infra/README.md).');
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a whole number from 0 to 65535, not ${env.PORT}.`);
  const webDist = resolve(__dirname, '..', '..', '..', 'web', 'dist');
  const host = env.HOST ?? '127.0.0.1';
  const refused = refuseKeyBesideData(env, host, store);
  if (refused) throw new Error(refused);
  const sealEvery = sealIntervalMinutes(env.AUDIT_SEAL_INTERVAL_MINUTES);
  return {
    port,
    host,
    dataDir,
    eventStore: store,
    kurrentDbUrl: store === 'kurrentdb' ? env.KURRENTDB_URL! : null,
    tokenSecret: loadTokenSecret(dataDir, env.TOKEN_SECRET),
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 8 * 3600),
    webDist: existsSync(join(webDist, 'index.html')) ? webDist : null,
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    maxBodyBytes: 10 * 1024 * 1024, // spreadsheet imports arrive base64-encoded in the GraphQL body
    auditKey: loadAuditSigningKey(dataDir, env.AUDIT_SIGNING_KEY),
    production: env.NODE_ENV === 'production',
    auditSealIntervalMs: sealEvery * 60_000,
    auditSealGraceMs: sealGraceMinutes(env.AUDIT_SEAL_GRACE_MINUTES, sealEvery || DEFAULT_SEAL_INTERVAL_MINUTES) * 60_000,
  };
};

// A hop count stays a number for Express; anything else is an address list such as `loopback, 10.0.0.0/8`.
const trustProxyFrom = (value?: string): string | number => {
  const v = value?.trim();
  if (!v) return 'loopback';
  return /^\d+$/.test(v) ? Number(v) : v;
};

// Sealing every minute keeps the window in which a deleted event leaves no trace to about a minute.
export const DEFAULT_SEAL_INTERVAL_MINUTES = 1;

const sealIntervalMinutes = (value?: string): number => {
  const minutes = Number(value ?? DEFAULT_SEAL_INTERVAL_MINUTES);
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new Error(`AUDIT_SEAL_INTERVAL_MINUTES must be a number of minutes (0 turns background sealing off), not ${value}.`);
  return minutes;
};

// Twice the interval by default: a restart or a slow seal must not fail verify.
export const sealGraceMinutes = (value: string | undefined, interval: number): number => {
  const minutes = value === undefined || value.trim() === '' ? 2 * interval : Number(value);
  if (!Number.isFinite(minutes) || minutes < 0) throw new Error(`AUDIT_SEAL_GRACE_MINUTES must be a number of minutes, 0 or more, not ${value}.`);
  return minutes;
};
