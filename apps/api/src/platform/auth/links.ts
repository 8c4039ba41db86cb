import { createHash, createHmac } from 'node:crypto';

// An invitation or reset link's token: `<tenantId>.<userId>.<secret>`. The secret is derived from
// the server key and the command id, so a retried command hands back the same link; the store
// keeps only its SHA-256, so the log cannot be used to sign in.
export type LinkToken = { tenantId: string; userId: string; tokenHash: string };

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const makeLink = (key: Buffer, purpose: 'invitation' | 'reset', tenantId: string, userId: string, commandId: string) => {
  const secret = createHmac('sha256', key).update(`${purpose}:${tenantId}:${userId}:${commandId}`).digest('base64url');
  return { token: `${tenantId}.${userId}.${secret}`, tokenHash: hashOf(secret) };
};

const ID = /^[0-9a-f-]{36}$/;

export const readLink = (token: unknown): LinkToken | null => {
  const parts = typeof token === 'string' ? token.trim().split('.') : [];
  if (parts.length !== 3 || !ID.test(parts[0]) || !ID.test(parts[1]) || !/^[\w-]{20,100}$/.test(parts[2])) return null;
  return { tenantId: parts[0], userId: parts[1], tokenHash: hashOf(parts[2]) };
};
