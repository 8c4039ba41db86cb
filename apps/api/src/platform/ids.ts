import { createHash, randomBytes } from 'node:crypto';

const format = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

// UUIDv7: time-ordered, so event ids sort roughly by creation.
export const uuidv7 = (nowMs = Date.now()): string => {
  const b = randomBytes(16);
  b.writeUIntBE(nowMs, 0, 6);
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  return format(b);
};

// Name-based UUID (v5 layout over SHA-256): the same command id always yields the same ids, so a
// retried request re-appends the same event ids and the store treats it as already done.
export const derivedUuid = (...parts: string[]): string => {
  const b = createHash('sha256').update(parts.join('\u0000')).digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  return format(Buffer.from(b));
};

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
