// Connection settings, schema and row mapping for the SQLite adapter.
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../event-store';
import { openSqlite } from './native-binding';
import { fromStoredMetadata } from '../hash-chain';

export type Db = Database.Database;

// Applied to every connection that writes the file: the bench's raw baseline uses the same list.
export const SQLITE_PRAGMAS = [
  'journal_mode = WAL',
  // decisions must survive power loss: fsync the WAL on every commit
  'synchronous = FULL',
  // another process (the CLI) may hold the write lock briefly
  'busy_timeout = 5000',
] as const;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY AUTOINCREMENT, -- global order; AUTOINCREMENT never reuses a value
  stream      TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  event_id    TEXT    NOT NULL UNIQUE,
  type        TEXT    NOT NULL,
  tenant_id   TEXT    NOT NULL,
  category    TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  metadata    TEXT    NOT NULL,
  recorded_at TEXT    NOT NULL,
  prev_hash   TEXT    NOT NULL,
  hash        TEXT    NOT NULL,
  UNIQUE (stream, revision)
);
CREATE TABLE IF NOT EXISTS stream_heads (
  stream   TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  hash     TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS events_tenant_position   ON events (tenant_id, position);
CREATE INDEX IF NOT EXISTS events_category_position ON events (category, position);
CREATE INDEX IF NOT EXISTS events_type_position     ON events (type, position);
`;

export const applyPragmas = (db: Db): void => {
  for (const pragma of SQLITE_PRAGMAS) db.pragma(pragma);
};

export const openDatabase = (file: string): Db => {
  const db = openSqlite(file);
  applyPragmas(db);
  // revisions and positions are bigint in the port; never let them round-trip through a double
  db.defaultSafeIntegers(true);
  db.exec(SCHEMA);
  return db;
};

// The one place rows are typed loosely. Reads fetch rows as arrays (better-sqlite3's raw mode), in
// the order of EVENT_COLUMNS: a rebuild maps a million of them, and arrays are cheaper than objects.
export type EventRow = [
  position: bigint,
  stream: string,
  revision: bigint,
  event_id: string,
  type: string,
  data: string,
  metadata: string,
  recorded_at: string,
  prev_hash: string,
  hash: string,
];

export const EVENT_COLUMNS = 'position, stream, revision, event_id, type, data, metadata, recorded_at, prev_hash, hash';

// recordedAt is the column's: a version-2 hash covers it through the copy in the stored metadata,
// so an edited column no longer matches the hash.
export const rowToEvent = (row: EventRow): RecordedEvent => {
  const { metadata, hashVersion } = fromStoredMetadata(JSON.parse(row[6]) as RecordedEvent['metadata']);
  return {
    eventId: row[3],
    type: row[4],
    data: JSON.parse(row[5]) as RecordedEvent['data'],
    metadata,
    streamName: row[1],
    revision: row[2],
    position: { commit: row[0], prepare: row[0] },
    recordedAt: row[7],
    prevHash: row[8],
    hash: row[9],
    ...(hashVersion !== undefined ? { hashVersion } : {}),
  };
};
