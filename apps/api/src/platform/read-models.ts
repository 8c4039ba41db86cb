import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { comparePositions, positionFromString, positionToString } from '@orgledger/event-store';
import type { EventStore, Position, RecordedEvent, Subscription } from '@orgledger/event-store';

// A projector turns events of some stream categories into rows of one read model. `project` is a
// pure domain projection; this file only persists rows and the checkpoint, in one transaction.
export type RowKey = { tenantId: string; id: string; parentId?: string | null };

// Either key + project (read the row, fold the event into it), or `rows` for events that set many
// rows outright (an import of 5,000 posts): each write replaces its row, null deletes it.
export type Projector = {
  model: string;
  categories: string[];
  key?: (event: RecordedEvent) => RowKey | null;
  project?: (row: unknown | null, event: RecordedEvent) => unknown | null;
  rows?: (event: RecordedEvent) => (RowKey & { row: unknown | null })[];
};

export type ReadModels = ReturnType<typeof openReadModels>;

// Bump when a projection changes shape: the read models are then rebuilt from the store.
const PROJECTIONS_VERSION = '2';

// How rows reach the table. The projectors work on rows held in memory; each commit writes every
// row changed since the last one exactly once, with the checkpoint, in one transaction.
// - Live: one commit per tick, in this thread, so a mutation's own append is readable within a tick.
// - Catching up in start(): one commit per CATCH_UP_EVENTS events (or CATCH_UP_ROWS changed rows),
//   and when the backlog is over BACKGROUND_BACKLOG events those commits run on a worker thread, so
//   reading and projecting the next events overlaps with writing the last ones.
const CATCH_UP_EVENTS = 50_000;
const CATCH_UP_ROWS = 25_000;
const BACKGROUND_BACKLOG = 20_000n;
const MAX_IN_FLIGHT = 2; // commits queued on the worker before projecting waits for one
// Rows recently written stay parsed for the projectors (least recently used leave first).
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

// The catch-up writer (plain JS: it must also run where this file is loaded as TypeScript, in jest).
// Each message is one commit: [model, tenantId, id, parentId, json | null (delete)] × n + checkpoint.
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
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
  try {
    db.exec('BEGIN');
    const w = commit.writes;
    for (let i = 0; i < w.length; i += 5) {
      if (w[i + 4] === null) del.run(w[i], w[i + 1], w[i + 2]);
      else put.run(w[i], w[i + 1], w[i + 2], w[i + 3], w[i + 4]);
    }
    checkpoint.run(commit.checkpoint);
    db.exec('COMMIT');
    parentPort.postMessage({ id: commit.id });
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    parentPort.postMessage({ id: commit.id, error: String((error && error.stack) || error) });
  }
});
`;

// A row as the projectors see it: `value` null = absent; `stored` = whether the table holds it
// once every commit already started has finished.
// `recreate`: deleted then set again since the last commit, so it is deleted and inserted anew
// (a re-created row lists after the rows created before it, as it always has).
type Row = { model: string; tenantId: string; id: string; parentId: string | null; value: unknown | null; stored: boolean; recreate?: boolean };

const rowKey = (model: string, tenantId: string, id: string) => `${model}\u0000${tenantId}\u0000${id}`;

type Background = {
  commit: (writes: (string | null)[], position: Position, onDone: () => void) => void;
  inFlight: () => number;
  drained: () => Promise<void>; // resolves when fewer than MAX_IN_FLIGHT commits are queued
  close: () => Promise<void>; // after every queued commit
  terminate: () => Promise<void>; // at once, dropping queued commits
};

// Runs commits on a worker thread, in order; a failed commit fails every later call.
const startBackground = (file: string): Background => {
  const worker = new Worker(WRITER, {
    eval: true,
    workerData: { driver: require.resolve('better-sqlite3'), file, pragmas: PRAGMAS, sql: SQL },
  });
  const queued = new Map<number, () => void>();
  let nextId = 0;
  let failure: Error | null = null;
  let wake: (() => void)[] = [];
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let closing: Promise<void> | null = null;
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
  return {
    commit: (writes, position, onDone) => {
      check();
      const id = nextId++;
      queued.set(id, onDone);
      worker.postMessage({ id, writes, checkpoint: positionToString(position) });
    },
    inFlight: () => queued.size,
    drained: async () => {
      while (!failure && queued.size >= MAX_IN_FLIGHT) await new Promise<void>((r) => wake.push(r));
      check();
    },
    close: () =>
      (closing ??= (async () => {
        while (!failure && queued.size > 0) await new Promise<void>((r) => wake.push(r));
        worker.postMessage(null);
        await exited;
        check();
      })()),
    terminate: async () => {
      await worker.terminate();
    },
  };
};

export const openReadModels = (file: string, projectors: Projector[], version = PROJECTIONS_VERSION) => {
  const db = new Database(file);
  for (const pragma of PRAGMAS) db.pragma(pragma);
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS rows (model TEXT NOT NULL, tenant_id TEXT NOT NULL, id TEXT NOT NULL,
      parent_id TEXT, json TEXT NOT NULL, PRIMARY KEY (model, tenant_id, id));
    DROP INDEX IF EXISTS rows_parent;
    CREATE INDEX IF NOT EXISTS rows_by_parent ON rows (model, tenant_id, parent_id) WHERE parent_id IS NOT NULL;
  `);
  const fingerprint = `${version}:${projectors.map((p) => p.model).join(',')}`;
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
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');

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

  // Rows changed since the last commit; rows in commits still running on the worker; clean rows
  // recently used. All by rowKey, looked up in that order.
  let dirty = new Map<string, Row>();
  const inFlight = new Map<string, { row: Row; commit: Map<string, Row> }>();
  const cache = new Map<string, Row>();
  // While the table started empty (a rebuild), every row written is listed here: a row that is not
  // listed needs no lookup.
  let written: Set<string> | null = db.prepare('SELECT 1 FROM rows LIMIT 1').get() === undefined ? new Set() : null;
  const isStored = (k: string) => (written ? written.has(k) : undefined);

  const recent = (k: string) => dirty.get(k) ?? inFlight.get(k)?.row ?? cache.get(k);

  const load = (k: string, model: string, tenantId: string, id: string, parentId: string | null): Row => {
    const known = recent(k);
    if (known) return known;
    const found = isStored(k) === false ? undefined : getRow.get(model, tenantId, id);
    return { model, tenantId, id, parentId, value: found ? JSON.parse(found.json) : null, stored: found !== undefined };
  };

  const change = (k: string, row: Row) => {
    const before = dirty.get(k);
    if (before && before.value === null && row.value !== null) {
      dirty.delete(k);
      row.recreate = true;
    } else if (before?.recreate) row.recreate = true;
    dirty.set(k, row);
  };

  const apply = (event: RecordedEvent) => {
    const category = event.streamName.slice(0, event.streamName.indexOf('-'));
    const interested = byCategory.get(category);
    if (!interested) return;
    for (const p of interested) {
      if (p.rows) {
        for (const w of p.rows(event)) {
          const k = rowKey(p.model, w.tenantId, w.id);
          // when nothing is known, assume stored: deleting a missing row is harmless
          const inTable = recent(k)?.stored ?? isStored(k) ?? true;
          change(k, { model: p.model, tenantId: w.tenantId, id: w.id, parentId: w.parentId ?? null, value: w.row, stored: inTable });
        }
        continue;
      }
      const key = p.key?.(event);
      if (!key || !p.project) continue;
      const k = rowKey(p.model, key.tenantId, key.id);
      const row = load(k, p.model, key.tenantId, key.id, key.parentId ?? null);
      const next = p.project(row.value, event);
      if (next === null && row.value === null) continue; // nothing there, nothing to keep
      change(k, { model: p.model, tenantId: key.tenantId, id: key.id, parentId: key.parentId ?? null, value: next, stored: row.stored });
    }
  };

  const keep = (k: string, row: Row) => {
    cache.delete(k);
    cache.set(k, row);
    if (cache.size > CACHED_ROWS) cache.delete(cache.keys().next().value as string);
  };
  const committed = (row: Row): Row =>
    row.stored === (row.value !== null) && !row.recreate ? row : { ...row, stored: row.value !== null, recreate: false };

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
    const rows = dirty;
    const position = pending;
    dirty = new Map();
    pending = null;
    pendingEvents = 0;
    if (written) for (const [k, row] of rows) row.value !== null ? written.add(k) : written.delete(k);
    if (background) {
      const writes: (string | null)[] = [];
      for (const [k, row] of rows) {
        if (row.stored && (row.value === null || row.recreate)) writes.push(row.model, row.tenantId, row.id, null, null);
        if (row.value !== null) writes.push(row.model, row.tenantId, row.id, row.parentId, JSON.stringify(row.value));
        inFlight.set(k, { row: committed(row), commit: rows });
      }
      background.commit(writes, position, () => {
        for (const [k, row] of rows) {
          const entry = inFlight.get(k);
          if (entry?.commit !== rows) continue; // a later commit carries a newer version
          inFlight.delete(k);
          keep(k, entry.row);
        }
        reached(position);
      });
      return;
    }
    begin.run();
    try {
      for (const row of rows.values()) {
        if (row.stored && (row.value === null || row.recreate)) deleteRow.run(row.model, row.tenantId, row.id);
        if (row.value !== null) putRow.run(row.model, row.tenantId, row.id, row.parentId, JSON.stringify(row.value));
      }
      putCheckpoint.run(positionToString(position));
      commit.run();
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      written = null;
      // nothing was stored: keep the changes for the next attempt
      for (const [k, row] of dirty) rows.set(k, row);
      dirty = rows;
      pending = position;
      throw error;
    }
    for (const [k, row] of rows) keep(k, committed(row));
    reached(position);
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
    if (pendingEvents < CATCH_UP_EVENTS && dirty.size < CATCH_UP_ROWS) return;
    flush();
    // let the worker catch up before projecting further ahead of it
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
    get: <T>(model: string, tenantId: string, id: string): T | null => {
      const row = getRow.get(model, tenantId, id);
      return row ? (JSON.parse(row.json) as T) : null;
    },
    list: <T>(model: string, tenantId: string, parentId?: string): T[] =>
      (parentId === undefined ? listAll.all(model, tenantId) : listByParent.all(model, tenantId, parentId)).map(
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
