// From the client's recorded events to the port's RecordedEvent, and the port's filter to
// KurrentDB's server-side filter plus the checks the server cannot make.
import { eventTypeFilter, streamNameFilter, type Filter } from '@kurrent/kurrentdb-client';
import { parseStreamName } from '../append-validation';
import { categoryOf, type AllFilter, type RecordedEvent } from '../event-store';
import { fromStoredMetadata } from '../hash-chain';

type ClientEvent = {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  data: unknown;
  metadata?: unknown;
  isJson: boolean;
  created: Date;
  position?: { commit: bigint; prepare: bigint };
};

// Reads through the client's Rust bridge report `created` in whole seconds while subscriptions
// report milliseconds; cutting both to seconds gives one event one recordedAt on every path.
const wholeSeconds = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

// null for anything this port did not write: system events, link events, foreign payloads.
export const toRecorded = (event: ClientEvent | undefined): RecordedEvent | null => {
  if (!event || !event.isJson || !event.position || !isRecord(event.data) || !isRecord(event.metadata)) return null;
  const { prevHash, hash, ...stored } = event.metadata;
  if (typeof prevHash !== 'string' || typeof hash !== 'string' || typeof stored.tenantId !== 'string') return null;
  // version 2: the instant the adapter recorded and hashed; version 1: the server's
  const { metadata, hashVersion, recordedAt } = fromStoredMetadata(stored);
  return {
    eventId: event.id,
    type: event.type,
    data: event.data,
    metadata: metadata as RecordedEvent['metadata'],
    streamName: event.streamId,
    revision: event.revision,
    position: { commit: event.position.commit, prepare: event.position.prepare },
    recordedAt: hashVersion !== undefined && recordedAt ? recordedAt : wholeSeconds(event.created),
    prevHash,
    hash,
    ...(hashVersion !== undefined ? { hashVersion } : {}),
  };
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CATEGORY = '[a-z][A-Za-z0-9]*';

export type CompiledFilter = {
  empty: boolean; // an empty list of categories or types matches nothing, as in SQLite's `IN ()`
  server: Filter; // what KurrentDB filters before sending
  accepts: (event: RecordedEvent) => boolean; // re-checked here: tenancy must not rest on a regex alone
};

export const compileFilter = (filter: AllFilter = {}): CompiledFilter => {
  const { tenantId, categories, eventTypes } = filter;
  const empty = categories?.length === 0 || eventTypes?.length === 0;
  const byStream = tenantId !== undefined || categories !== undefined;
  // the server filters on stream name OR event type, not both: the type is then checked here
  const server =
    byStream || !eventTypes
      ? streamNameFilter({
          regex: `^${categories ? `(${categories.map(escape).join('|')})` : CATEGORY}-${tenantId !== undefined ? `${escape(tenantId)}_` : ''}`,
        })
      : eventTypeFilter({ regex: `^(${eventTypes.map(escape).join('|')})$` });
  const accepts = (event: RecordedEvent) => {
    const parts = parseStreamName(event.streamName);
    if (!parts) return false;
    if (tenantId !== undefined && (parts.tenantId !== tenantId || event.metadata.tenantId !== tenantId)) return false;
    if (categories && !categories.includes(categoryOf(event.streamName))) return false;
    return !eventTypes || eventTypes.includes(event.type);
  };
  return { empty, server, accepts };
};
