import type Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { comparePositions, openSqlite, positionFromString, positionToString, sqliteBinding } from '@orgledger/event-store';
import type { EventStore, Position, RecordedEvent, Subscription } from '@orgledger/event-store';
import { modelName, type ModelRef, type Projector } from './read-model';

// A projector turns events of some stream categories into rows of one read model. `project` is a
// pure domain projection; this file only persists rows and the checkpoint, in one transaction.
export type { Projector, RowKey } from './read-model';

export type ReadModels = ReturnType<typeof openReadModels>;

// Bump when the way rows are stored changes; a slice whose rows change shape raises its model's own
// `version` instead. Either way the read models are then rebuilt from the store.
const PROJECTIONS_VERSION = '3';

// How rows reach the table. Projectors work on rows held in memory; a commit writes each row
// changed since the previous commit once, however many events changed it, together with the
// checkpoint, in one transaction.
// - Live: one commit per tick, on this thread, so a mutation's own append is readable within a tick.
// - While start() catches up: one commit per CATCH_UP_EVENTS events (or CATCH_UP_ROWS changed
//   rows); when the backlog is over BACKGROUND_BACKLOG events, commits run on a worker thread, so
//   that reading and projecting the next events overlaps with writing the previous ones.
const CATCH_UP_EVENTS = 100_000;
const CATCH_UP_ROWS = 50_000;
const BACKGROUND_BACKLOG = 20_000n;
const MAX_IN_FLIGHT = 2; // commits queued on the worker before projecting waits for one
// Clean rows kept parsed for the projectors (the least recently used leave first).
const CACHED_ROWS = 20_000;

const SQL = {
  getRow: `SELECT json FROM rows WHERE model = ? AND tenant_id = ? AND id = ?`,
  putRow: `INSERT INTO rows (model, tenant_id, id, parent_id, json) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (model, tenant_id, id) DO UPDATE SET json = excluded.json, parent_id = excluded.parent_id`,
  deleteRow: `DELETE FROM rows WHERE model = ? AND tenant_id = ? AND id = ?`,
  putCheckpoint: `INSERT INTO meta (key, value) VALUES ('checkpoint', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
};

const PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = OFF', // rebuildable from the store; the store is the durable copy
  'cache_size = -65536', // 64 MiB, so a rebuild's index pages stay in memory
];

// One commit: [model, tenantId, id, parentId, json] per row written, json null = delete.
type Writes = (string | null)[];

// Writes one commit. The catch-up writer thread below runs the same steps (keep them alike).
const writeAll = (db: Database.Database, put: Statement, del: Statement, checkpoint: Statement, writes: Writes, position: string) => {
  db.exec('BEGIN');
  try {
    for (let i = 0; i < writes.length; i += 5) {
      if (writes[i + 4] === null) del.run(writes[i], writes[i + 1], writes[i + 2]);
      else put.run(writes[i], writes[i + 1], writes[i + 2], writes[i + 3], writes[i + 4]);
    }
    checkpoint.run(position);
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
};
type Statement = Database.Statement<unknown[]>;

// The catch-up writer thread (source text: this file also runs as TypeScript, in jest).
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, workerData.binding ? { nativeBinding: workerData.binding } : {});
for (const pragma of workerData.pragmas) db.pragma(pragma);
const put = db.prepare(workerData.sql.putRow);
const del = db.prepare(workerData.sql.deleteRow);
const checkpoint = db.prepare(workerData.sql.putCheckpoint);
parentPort.on('message', (commit) => {
  if (commit === null) {
    db.close();
    parentPort.close();
    return;
  }
  const writes = commit.writes;
  try {
    db.exec('BEGIN');
    for (let i = 0; i < writes.length; i += 5) {
      if (writes[i + 4] === null) del.run(writes[i], writes[i + 1], writes[i + 2]);
      else put.run(writes[i], writes[i + 1], writes[i + 2], writes[i + 3], writes[i + 4]);
    }
    checkpoint.run(commit.position);
    db.exec('COMMIT');
    parentPort.postMessage({ id: commit.id });
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    parentPort.postMessage({ id: commit.id, error: String((error && error.stack) || error) });
  }
});
`;

type Background = {
  commit: (writes: Writes, position: Position, onDone: () => void) => void;
  inFlight: () => number;
  drained: () => Promise<void>; // once fewer than MAX_IN_FLIGHT commits are queued
  close: () => Promise<void>; // after every queued commit
  terminate: () => Promise<void>; // at once, dropping queued commits
};

// Commits on a worker thread, in order; after a failed commit every later call throws.
const startBackground = (file: string): Background => {
  const worker = new Worker(WRITER, {
    eval: true,
    workerData: { driver: require.resolve('better-sqlite3'), binding: sqliteBinding(), file, pragmas: PRAGMAS, sql: SQL },
  });
  const queued = new Map<number, () => void>();
  let nextId = 0;
  let failure: Error | null = null;
  let wake: (() => void)[] = [];
  let closing: Promise<void> | null = null;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const wakeAll = () => {
    const w = wake;
    wake = [];
    w.forEach((f) => f());
  };
  worker.on('message', (m: { id: number; error?: string }) => {
    if (m.error) failure ??= new Error(`Read models could not be written: ${m.error}`);
    else queued.get(m.id)?.();
    queued.delete(m.id);
    wakeAll();
  });
  worker.on('error', (error) => {
    failure ??= error;
    wakeAll();
  });
  const check = () => {
    if (failure) throw failure;
  };
  const until = async (done: () => boolean) => {
    while (!failure && !done()) await new Promise<void>((r) => wake.push(r));
    check();
  };
  return {
    commit: (writes, position, onDone) => {
      check();
      const id = nextId++;
      queued.set(id, onDone);
      worker.postMessage({ id, writes, position: positionToString(position) });
    },
    inFlight: () => queued.size,
    drained: () => until(() => queued.size < MAX_IN_FLIGHT),
    close: () =>
      (closing ??= (async () => {
        await until(() => queued.size === 0);
        worker.postMessage(null);
        await exited;
      })()),
    terminate: async () => {
      await worker.terminate();
    },
  };
};

// A row the projectors have touched. `value` null = absent; `stored` = the table holds it once the
// commits already started have finished; `pending` = commits in flight that write it.
type Row = {
  key: string;
  model: string;
  tenantId: string;
  id: string;
  parentId: string | null;
  value: unknown | null;
  stored: boolean;
  changed: number; // its index in `changed` while changed since the last commit, else -1
  recreate: boolean; // deleted then set again since the last commit: delete and insert anew
  pending: number;
  used: number; // `uses` when it last moved to the end of the least-recently-used order
};

const rowKey = (model: string, tenantId: string, id: string) => `${model}\u0000${tenantId}\u0000${id}`;

export const openReadModels = (file: string, projectors: Projector[], version = PROJECTIONS_VERSION) => {
  const db = openSqlite(file);
  for (const pragma of PRAGMAS) db.pragma(pragma);
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS rows (model TEXT NOT NULL, tenant_id TEXT NOT NULL, id TEXT NOT NULL,
      parent_id TEXT, json TEXT NOT NULL, PRIMARY KEY (model, tenant_id, id));
    DROP INDEX IF EXISTS rows_parent;
    CREATE INDEX IF NOT EXISTS rows_by_parent ON rows (model, tenant_id, parent_id) WHERE parent_id IS NOT NULL;
  `);
  // Sorted, so the order the slices are listed in does not matter.
  const models = projectors.map((p) => `${p.model}@${p.version ?? 1}`).sort();
  const fingerprint = `${version}:${models.join(',')}`;
  const stored = db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'fingerprint'`).get();
  if (stored?.value !== fingerprint) {
    db.exec(`DELETE FROM rows; DELETE FROM meta;`);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('fingerprint', ?)`).run(fingerprint);
  }
  const getRow = db.prepare<[string, string, string], { json: string }>(SQL.getRow);
  const putRow = db.prepare(SQL.putRow);
  const deleteRow = db.prepare(SQL.deleteRow);
  const listAll = db.prepare<[string, string], { json: string }>(`SELECT json FROM rows WHERE model = ? AND tenant_id = ? ORDER BY rowid`);
  const listByParent = db.prepare<[string, string, string], { json: string }>(
    `SELECT json FROM rows WHERE model = ? AND tenant_id = ? AND parent_id = ? ORDER BY rowid`,
  );
  const putCheckpoint = db.prepare(SQL.putCheckpoint);
  const readCheckpoint = () => {
    const row = db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'checkpoint'`).get();
    return row ? positionFromString(row.value) : null;
  };

  const byCategory = new Map<string, Projector[]>();
  for (const p of projectors) for (const c of p.categories) byCategory.set(c, [...(byCategory.get(c) ?? []), p]);

  let checkpoint: Position | null = readCheckpoint();
  let pending: Position | null = null;
  let pendingEvents = 0;
  let flushScheduled = false;
  let catchingUp = false;
  let background: Background | null = null;
  let waiters: { position: Position; resolve: () => void }[] = [];
  let subscription: Subscription | null = null;

  // Rows touched recently, oldest use first: changed, in flight or clean (evicted when clean).
  const known = new Map<string, Row>();
  // Rows changed since the last commit, in the order they were first changed (a re-created row
  // moves to the end; its old slot is then stale).
  let changed: Row[] = [];
  let uses = 0;
  let active = 0; // rows in `known` that are changed or in flight
  // While the table started empty (a rebuild), it holds exactly the rows listed here, so a row
  // that is not listed needs no lookup.
  let written: Set<string> | null = db.prepare('SELECT 1 FROM rows LIMIT 1').get() === undefined ? new Set() : null;

  // Moves a row to the end of the least-recently-used order; a row used often moves only once in
  // a while (it cannot near the front before CACHED_ROWS / 4 other uses).
  const touch = (row: Row) => {
    uses += 1;
    if (uses - row.used > CACHED_ROWS / 4) {
      known.delete(row.key);
      known.set(row.key, row);
      row.used = uses;
    }
    return row;
  };

  const remember = (key: string, model: string, tenantId: string, id: string, value: unknown | null, inTable: boolean): Row => {
    const row: Row = { key, model, tenantId, id, parentId: null, value, stored: inTable, changed: -1, recreate: false, pending: 0, used: (uses += 1) };
    known.set(key, row);
    return row;
  };

  const find = (key: string, model: string, tenantId: string, id: string): Row => {
    const row = known.get(key);
    if (row) return touch(row);
    const found = written && !written.has(key) ? undefined : getRow.get(model, tenantId, id);
    return remember(key, model, tenantId, id, found ? JSON.parse(found.json) : null, found !== undefined);
  };

  const change = (row: Row, value: unknown | null, parentId: string | null) => {
    if (row.changed < 0) {
      active += row.pending > 0 ? 0 : 1;
      row.changed = changed.push(row) - 1;
    } else if (row.value === null && value !== null) {
      // deleted and now set again: it takes a new place after the rows created meanwhile
      row.recreate = true;
      row.changed = changed.push(row) - 1;
    }
    row.value = value;
    row.parentId = parentId;
  };

  const apply = (event: RecordedEvent) => {
    const category = event.streamName.slice(0, event.streamName.indexOf('-'));
    const interested = byCategory.get(category);
    if (!interested) return;
    for (const p of interested) {
      if (p.rows) {
        for (const w of p.rows(event)) {
          const key = rowKey(p.model, w.tenantId, w.id);
          const row = known.get(key);
          // a row replaced outright is not read first; when unsure whether it is stored, say it is
          // (deleting a missing row is harmless)
          change(row ? touch(row) : remember(key, p.model, w.tenantId, w.id, null, written ? written.has(key) : true), w.row, w.parentId ?? null);
        }
        continue;
      }
      const key = p.key?.(event);
      if (!key || !p.project) continue;
      const row = find(rowKey(p.model, key.tenantId, key.id), p.model, key.tenantId, key.id);
      const next = p.project(row.value, event);
      if (next === null && row.value === null) continue; // nothing there, nothing to keep
      change(row, next, key.parentId ?? null);
    }
  };

  const evict = () => {
    if (known.size - active <= CACHED_ROWS) return;
    for (const row of known.values()) {
      if (row.changed >= 0 || row.pending > 0) continue;
      known.delete(row.key);
      if (known.size - active <= CACHED_ROWS) return;
    }
  };

  const reached = (position: Position) => {
    checkpoint = position;
    if (waiters.length === 0) return;
    const done = waiters.filter((w) => comparePositions(w.position, position) <= 0);
    waiters = waiters.filter((w) => !done.includes(w));
    done.forEach((w) => w.resolve());
  };

  // Commits every changed row once, and the checkpoint, in one transaction.
  const flush = () => {
    flushScheduled = false;
    if (!pending) return;
    const position = pending;
    const rows = changed;
    const writes: Writes = [];
    const wrote: Row[] = [];
    for (let i = 0; i < rows.length; i += 1) {
      const row = rows[i];
      if (row.changed !== i) continue; // re-created later in the list
      if (row.stored && (row.value === null || row.recreate)) writes.push(row.model, row.tenantId, row.id, null, null);
      if (row.value !== null) writes.push(row.model, row.tenantId, row.id, row.parentId, JSON.stringify(row.value));
      wrote.push(row);
    }
    if (!background) writeAll(db, putRow, deleteRow, putCheckpoint, writes, positionToString(position));
    changed = [];
    pending = null;
    pendingEvents = 0;
    for (const row of wrote) {
      row.changed = -1;
      row.recreate = false;
      row.stored = row.value !== null;
      if (written) row.stored ? written.add(row.key) : written.delete(row.key);
      if (background) row.pending += 1;
      else active -= 1;
    }
    if (!background) {
      evict();
      return reached(position);
    }
    background.commit(writes, position, () => {
      for (const row of wrote) {
        row.pending -= 1;
        if (row.pending === 0 && row.changed < 0) active -= 1;
      }
      evict();
      reached(position);
    });
  };

  const scheduleFlush = () => {
    if (flushScheduled) return;
    flushScheduled = true;
    setImmediate(flush);
  };

  const onEvent = (event: RecordedEvent): void | Promise<void> => {
    apply(event);
    pending = event.position;
    pendingEvents += 1;
    if (!catchingUp || waiters.length > 0) return scheduleFlush();
    if (pendingEvents < CATCH_UP_EVENTS && changed.length < CATCH_UP_ROWS) return;
    flush();
    // projecting waits for the writer rather than running ever further ahead of it
    if (background && background.inFlight() >= MAX_IN_FLIGHT) return background.drained();
  };

  return {
    start: async (store: EventStore) => {
      const head = await store.headPosition();
      catchingUp = true;
      if (head && head.commit - (checkpoint?.commit ?? 0n) > BACKGROUND_BACKLOG) background = startBackground(file);
      try {
        subscription = store.subscribe({ from: checkpoint ?? 'start' }, onEvent);
        await subscription.caughtUp();
        flush();
        await background?.close();
      } catch (error) {
        await background?.terminate();
        throw error;
      } finally {
        background = null;
        catchingUp = false;
        written = null;
      }
      await new Promise<void>((r) => setImmediate(r));
    },
    // Read-your-writes: a mutation waits for its own append to reach the read models.
    waitFor: (position: Position | null, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        if (!position || (checkpoint && comparePositions(position, checkpoint) <= 0)) return resolve();
        const timer = setTimeout(() => reject(new Error('Read models did not catch up in time')), timeoutMs);
        waiters.push({ position, resolve: () => (clearTimeout(timer), resolve()) });
        if (pending) scheduleFlush();
      }),
    checkpoint: () => checkpoint,
    projectors,
    // A row is what the model's projector stored: JSON of its Row type.
    get: <T>(model: ModelRef<T>, tenantId: string, id: string): T | null => {
      const row = getRow.get(modelName(model), tenantId, id);
      return row ? (JSON.parse(row.json) as T) : null;
    },
    list: <T>(model: ModelRef<T>, tenantId: string, parentId?: string): T[] =>
      (parentId === undefined ? listAll.all(modelName(model), tenantId) : listByParent.all(modelName(model), tenantId, parentId)).map(
        (r) => JSON.parse(r.json) as T,
      ),
    close: async () => {
      await subscription?.stop();
      if (flushScheduled || pending) flush();
      await background?.close();
      db.close();
    },
  };
};
