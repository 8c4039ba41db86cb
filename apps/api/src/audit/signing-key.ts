// The server's Ed25519 key that signs audit checkpoints: generated once into the data folder
// unless AUDIT_SIGNING_KEY (a PKCS#8 PEM) is given, like the token secret.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyIdOf } from '@orgledger/event-store';

export type AuditSigningKey = { privateKey: KeyObject; publicKey: KeyObject; publicKeyPem: string; keyId: string };

export const AUDIT_KEY_FILE = 'audit-signing-key.pem';

export const loadAuditSigningKey = (dataDir: string, fromEnv?: string): AuditSigningKey => {
  let pem = fromEnv?.trim();
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
  return { privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }) as string, keyId: keyIdOf(publicKey) };
};
