// Tamper evidence: a per-stream SHA-256 chain over a canonical serialisation of each event's
// immutable fields. Every adapter uses these functions so that chains are byte-for-byte identical.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

// Fields the chain covers. The position is store-assigned and left out, so the same history gives
// the same chain in SQLite and KurrentDB. Hash version 1 (events written before tamper evidence
// was hardened; their hashes never change) left recordedAt out too. Version 2 covers it: the
// store writes `hashVersion: 2` and `recordedAt` into the event's stored metadata, hashes that,
// and hands them back on read as the event's own fields (not inside `metadata`).
export type ChainedFields = {
  streamName: string;
  revision: bigint;
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  hashVersion?: number;
  recordedAt?: string;
};

export const HASH_FIELDS = ['prevHash', 'hash'] as const;
export const HASH_VERSION = 2;
// Keys the store writes into stored metadata; a caller may not set them.
export const STORE_METADATA_FIELDS = [...HASH_FIELDS, 'hashVersion', 'recordedAt'] as const;

export class CanonicalJsonError extends Error {
  constructor(
    readonly path: string,
    what: string,
  ) {
    super(`Cannot serialise ${what} at ${path}`);
    this.name = 'CanonicalJsonError';
  }
}

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const write = (value: unknown, path: string): string => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, String(value));
      return JSON.stringify(value);
    // bigint becomes a decimal *string* so that it survives JSON.parse without losing precision
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map((item, i) => write(item, `${path}[${i}]`)).join(',')}]`;
      // Dates, Maps, class instances would not read back as themselves: callers pass plain data
      if (!isPlainObject(value)) throw new CanonicalJsonError(path, `a ${value.constructor?.name ?? 'non-plain'} object`);
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k], `${path}.${k}`)}`).join(',')}}`;
    }
    default:
      // undefined, function, symbol: JSON.stringify would silently drop them
      throw new CanonicalJsonError(path, typeof value);
  }
};

// Sorted keys (UTF-16 order, as RFC 8785), no whitespace, bigint as decimal string.
export const canonicalJson = (value: unknown): string => write(value, '$');

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

// Same bytes as canonicalJson({...fields, prevHash}) but reuses already-serialised data/metadata,
// which the append path has at hand (keys below are written in sorted order).
export const eventHashFromJson = (
  prevHash: string,
  fields: { streamName: string; revision: bigint; eventId: string; type: string; dataJson: string; metadataJson: string },
): string =>
  sha256Hex(
    `{"data":${fields.dataJson},"eventId":${JSON.stringify(fields.eventId)},"metadata":${fields.metadataJson},` +
      `"prevHash":${JSON.stringify(prevHash)},"revision":${JSON.stringify(fields.revision.toString())},` +
      `"streamName":${JSON.stringify(fields.streamName)},"type":${JSON.stringify(fields.type)}}`,
  );

// The metadata as stored and hashed: version 2 adds the marker and the recording instant.
export const hashedMetadata = (fields: Pick<ChainedFields, 'metadata' | 'hashVersion' | 'recordedAt'>): Record<string, unknown> =>
  fields.hashVersion === HASH_VERSION ? { ...fields.metadata, hashVersion: HASH_VERSION, recordedAt: fields.recordedAt } : fields.metadata;

// The stored metadata JSON of a new event (its metadata already serialised canonically).
export const storedMetadataJson = (metadataJson: string, hashVersion: number, recordedAt: string): string =>
  hashVersion === HASH_VERSION ? canonicalJson({ ...(JSON.parse(metadataJson) as Record<string, unknown>), hashVersion, recordedAt }) : metadataJson;

// Splits stored metadata back into the caller's metadata and the store's version-2 fields.
export const fromStoredMetadata = <M extends Record<string, unknown>>(stored: M): { metadata: M; hashVersion?: number; recordedAt?: string } => {
  if (stored.hashVersion !== HASH_VERSION) return { metadata: stored };
  const { hashVersion, recordedAt, ...metadata } = stored;
  return { metadata: metadata as M, hashVersion: hashVersion as number, recordedAt: typeof recordedAt === 'string' ? recordedAt : undefined };
};

export const eventHash = (prevHash: string, fields: ChainedFields): string => {
  for (const key of HASH_FIELDS) {
    if (key in fields.metadata) throw new CanonicalJsonError(`$.metadata.${key}`, 'a hash field inside metadata');
  }
  if (fields.hashVersion === HASH_VERSION && typeof fields.recordedAt !== 'string')
    throw new CanonicalJsonError('$.recordedAt', 'a version 2 event without recordedAt');
  return eventHashFromJson(prevHash, {
    streamName: fields.streamName,
    revision: fields.revision,
    eventId: fields.eventId,
    type: fields.type,
    dataJson: canonicalJson(fields.data),
    metadataJson: canonicalJson(hashedMetadata(fields)),
  });
};
