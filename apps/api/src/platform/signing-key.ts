// The server's Ed25519 key that signs audit checkpoints: generated once into the data folder
// unless AUDIT_SIGNING_KEY (a PKCS#8 PEM) is given, like the token secret.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyIdOf } from '@orgledger/event-store';

// `beside`: the key was generated into (or read from) the data folder. Anyone who can write the
// data can then also sign a checkpoint over rewritten history, so production refuses it by default.
export type AuditSigningKey = { privateKey: KeyObject; publicKey: KeyObject; publicKeyPem: string; keyId: string; beside: boolean };

export const AUDIT_KEY_FILE = 'audit-signing-key.pem';

// Production is a host that listens beyond loopback, or a KurrentDB cluster.
export const refuseKeyBesideData = (env: NodeJS.ProcessEnv, host: string, store: string): string | null => {
  const production = env.NODE_ENV === 'production' && (!['127.0.0.1', 'localhost', '::1'].includes(host) || store === 'kurrentdb');
  if (!production || env.AUDIT_SIGNING_KEY?.trim() || env.AUDIT_SIGNING_KEY_IN_DATA_DIR === 'accept') return null;
  return (
    'In production the audit signing key must not live beside the data it seals: whoever can rewrite the events ' +
    'could then re-sign a checkpoint over the rewritten history. Set AUDIT_SIGNING_KEY (an Ed25519 PKCS#8 PEM kept in ' +
    'a secret store) or, knowing this, set AUDIT_SIGNING_KEY_IN_DATA_DIR=accept.'
  );
};

export const loadAuditSigningKey = (dataDir: string, fromEnv?: string): AuditSigningKey => {
  let pem = fromEnv?.trim();
  const beside = !pem;
  if (!pem) {
    const file = join(dataDir, AUDIT_KEY_FILE);
    if (!existsSync(file)) {
      const { privateKey } = generateKeyPairSync('ed25519');
      writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    }
    pem = readFileSync(file, 'utf8');
  }
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('AUDIT_SIGNING_KEY must be an Ed25519 private key in PKCS#8 PEM.');
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }) as string, keyId: keyIdOf(publicKey), beside };
};
