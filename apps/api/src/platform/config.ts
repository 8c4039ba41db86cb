import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAuditSigningKey, type AuditSigningKey } from '../audit/signing-key';
import { prepareDataDir } from './data-dir';

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
  auditSealIntervalMs: number; // 0 = seal only on demand and on export
  production: boolean; // NODE_ENV=production: introspection and store positions for signed-in callers only
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
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    eventStore: store,
    kurrentDbUrl: store === 'kurrentdb' ? env.KURRENTDB_URL! : null,
    tokenSecret: loadTokenSecret(dataDir, env.TOKEN_SECRET),
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 8 * 3600),
    webDist: existsSync(join(webDist, 'index.html')) ? webDist : null,
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    maxBodyBytes: 10 * 1024 * 1024, // spreadsheet imports arrive base64-encoded in the GraphQL body
    auditKey: loadAuditSigningKey(dataDir, env.AUDIT_SIGNING_KEY),
    auditSealIntervalMs: sealIntervalMinutes(env.AUDIT_SEAL_INTERVAL_MINUTES) * 60_000,
    production: env.NODE_ENV === 'production',
  };
};

// A hop count stays a number for Express; anything else is an address list such as `loopback, 10.0.0.0/8`.
const trustProxyFrom = (value?: string): string | number => {
  const v = value?.trim();
  if (!v) return 'loopback';
  return /^\d+$/.test(v) ? Number(v) : v;
};

const sealIntervalMinutes = (value?: string): number => {
  const minutes = Number(value ?? 15);
  if (!Number.isFinite(minutes) || minutes <= 0) throw new Error(`AUDIT_SEAL_INTERVAL_MINUTES must be a number of minutes above 0, not ${value}.`);
  return minutes;
};
