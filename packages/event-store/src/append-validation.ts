// Checks every adapter runs before it writes anything, so both refuse the same appends the same way.
import { EventStoreError, type ExpectedRevision, type NewEvent } from './event-store';
import { CanonicalJsonError, HASH_VERSION, STORE_METADATA_FIELDS, canonicalJson } from './hash-chain';

export const DEFAULT_MAX_EVENT_BYTES = 1024 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STREAM = /^([a-z][A-Za-z0-9]*)-([A-Za-z0-9-]+)_(.+)$/s;

export type StreamNameParts = { category: string; tenantId: string; id: string };

// Inverse of streamName(): `<category>-<tenantId>_<id>`; tenant ids may hold '-' but never '_'.
export const parseStreamName = (stream: string): StreamNameParts | null => {
  const m = STREAM.exec(stream);
  return m ? { category: m[1], tenantId: m[2], id: m[3] } : null;
};

// An event ready to write: ids normalised and data/metadata serialised once, canonically.
export type PreparedEvent = {
  eventId: string;
  type: string;
  dataJson: string;
  metadataJson: string; // the caller's metadata; the adapter adds the version-2 fields (storedMetadataJson)
  tenantId: string;
  copied?: { recordedAt: string; hashVersion: number };
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

const invalid = (message: string, details: Record<string, unknown> = {}) => new EventStoreError('INVALID_EVENT', message, details);

const serialise = (value: unknown, what: string, eventId: string): string => {
  try {
    return canonicalJson(value);
  } catch (e) {
    if (e instanceof CanonicalJsonError) throw invalid(`Event ${eventId}: ${what} ${e.message}`, { eventId, path: e.path });
    throw e;
  }
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// Bytes of the canonical JSON of data plus that of metadata: the figure the size limit applies to.
export const eventSizeBytes = (event: Pick<NewEvent, 'data' | 'metadata'>): number =>
  Buffer.byteLength(canonicalJson(event.data), 'utf8') + Buffer.byteLength(canonicalJson(event.metadata), 'utf8');

export const validateExpectedRevision = (expected: unknown): ExpectedRevision => {
  if (expected === 'no_stream' || expected === 'any' || expected === 'stream_exists') return expected;
  // a JS number here would never equal a bigint revision and would fail as a confusing conflict
  if (typeof expected === 'bigint' && expected >= 0n) return expected;
  throw invalid(`Expected revision must be 'no_stream', 'any', 'stream_exists' or a bigint >= 0n, got ${String(expected)}`);
};

export const prepareAppend = (stream: string, events: NewEvent[], maxEventBytes: number): PreparedEvent[] => {
  const parts = parseStreamName(stream);
  if (!parts) throw invalid(`Stream name ${JSON.stringify(stream)} is not <category>-<tenantId>_<id>`, { stream });
  if (!Array.isArray(events) || events.length === 0) throw invalid(`Append to ${stream} needs at least one event`, { stream });
  const seen = new Set<string>();
  return events.map((event) => {
    const eventId = typeof event.eventId === 'string' ? event.eventId.toLowerCase() : '';
    if (!UUID.test(eventId)) throw invalid(`Event id ${JSON.stringify(event.eventId)} is not a UUID`, { stream });
    if (seen.has(eventId)) throw invalid(`Event ${eventId} appears twice in one append`, { stream, eventId });
    seen.add(eventId);
    if (typeof event.type !== 'string' || event.type.trim() === '') throw invalid(`Event ${eventId} has no type`, { stream, eventId });
    if (!isRecord(event.data)) throw invalid(`Event ${eventId}: data must be an object`, { stream, eventId });
    if (!isRecord(event.metadata)) throw invalid(`Event ${eventId}: metadata must be an object`, { stream, eventId });
    const { tenantId } = event.metadata;
    if (typeof tenantId !== 'string' || tenantId === '') throw invalid(`Event ${eventId}: metadata.tenantId is missing`, { stream, eventId });
    if (tenantId !== parts.tenantId) {
      throw invalid(`Event ${eventId}: metadata.tenantId ${tenantId} does not match stream ${stream} (tenant ${parts.tenantId})`, {
        stream,
        eventId,
      });
    }
    // the store owns the chain fields; a caller-supplied one would be confused with the real link
    for (const key of STORE_METADATA_FIELDS) {
      if (key in event.metadata) throw invalid(`Event ${eventId}: metadata.${key} is set by the store`, { stream, eventId });
    }
    const { copied } = event;
    if (copied !== undefined && (!ISO_INSTANT.test(String(copied?.recordedAt)) || ![1, HASH_VERSION].includes(copied.hashVersion))) {
      throw invalid(`Event ${eventId}: a copied event needs its original recordedAt (UTC ISO) and hash version 1 or 2`, { stream, eventId });
    }
    const dataJson = serialise(event.data, 'data', eventId);
    const metadataJson = serialise(event.metadata, 'metadata', eventId);
    const size = Buffer.byteLength(dataJson, 'utf8') + Buffer.byteLength(metadataJson, 'utf8');
    if (size > maxEventBytes) {
      throw new EventStoreError(
        'EVENT_TOO_LARGE',
        `Event ${eventId} (${event.type}) is ${size} bytes of data+metadata JSON, over the limit of ${maxEventBytes} bytes`,
        { stream, eventId, size, limit: maxEventBytes },
      );
    }
    return { eventId, type: event.type, dataJson, metadataJson, tenantId, ...(copied ? { copied } : {}) };
  });
};
