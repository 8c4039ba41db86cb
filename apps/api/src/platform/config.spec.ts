import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv } from './config';

const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'orgledger-config-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('audit signing key in production', () => {
  const production = { NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '0' };

  it.each([
    ['a non-loopback host', { HOST: '0.0.0.0' }],
    ['a KurrentDB cluster', { HOST: '127.0.0.1', EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://db1:2113?tls=false' }],
  ])('refuses to start on %s with a key generated beside the data, and says why', (_, env) => {
    expect(() => configFromEnv({ ...production, ...env, DATA_DIR: dir })).toThrow(
      /must not live beside the data it seals: whoever can rewrite the events could then re-sign/,
    );
    expect(existsSync(join(dir, 'audit-signing-key.pem'))).toBe(false); // refused before generating one
  });

  it('starts with AUDIT_SIGNING_KEY given, or with the explicit opt-in, or when not in production', () => {
    expect(configFromEnv({ ...production, DATA_DIR: dir, AUDIT_SIGNING_KEY: pem }).auditKey.beside).toBe(false);
    expect(configFromEnv({ ...production, DATA_DIR: dir, AUDIT_SIGNING_KEY_IN_DATA_DIR: 'accept' }).auditKey.beside).toBe(true);
    expect(configFromEnv({ HOST: '0.0.0.0', PORT: '0', DATA_DIR: dir }).auditKey.beside).toBe(true);
    expect(configFromEnv({ NODE_ENV: 'production', PORT: '0', DATA_DIR: dir }).auditKey.beside).toBe(true); // loopback only
  });
});

describe('sealing interval and grace window', () => {
  it('seals every minute by default and allows twice that before verify fails', () => {
    const config = configFromEnv({ DATA_DIR: dir, PORT: '0' });
    expect(config.auditSealIntervalMs).toBe(60_000);
    expect(config.auditSealGraceMs).toBe(120_000);
    expect(configFromEnv({ DATA_DIR: dir, PORT: '0', AUDIT_SEAL_INTERVAL_MINUTES: '5', AUDIT_SEAL_GRACE_MINUTES: '30' })).toMatchObject({
      auditSealIntervalMs: 300_000,
      auditSealGraceMs: 1_800_000,
    });
    expect(() => configFromEnv({ DATA_DIR: dir, PORT: '0', AUDIT_SEAL_GRACE_MINUTES: '-1' })).toThrow(
      /AUDIT_SEAL_GRACE_MINUTES must be a number of minutes, 0 or more/,
    );
  });
});
