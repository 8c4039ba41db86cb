import Database from 'better-sqlite3';
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

export const openReadModels = (file: string, projectors: Projector[], version = PROJECTIONS_VERSION) => {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF'); // rebuildable from the store; the store is the durable copy
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS rows (model TEXT NOT NULL, tenant_id TEXT NOT NULL, id TEXT NOT NULL,
      parent_id TEXT, json TEXT NOT NULL, PRIMARY KEY (model, tenant_id, id));
    CREATE INDEX IF NOT EXISTS rows_parent ON rows (model, tenant_id, parent_id);
  `);
  const fingerprint = `${version}:${projectors.map((p) => p.model).join(',')}`;
  const stored = db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'fingerprint'`).get();
  if (stored?.value !== fingerprint) {
    db.exec(`DELETE FROM rows; DELETE FROM meta;`);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('fingerprint', ?)`).run(fingerprint);
  }
  const getRow = db.prepare<[string, string, string], { json: string }>(`SELECT json FROM rows WHERE model = ? AND tenant_id = ? AND id = ?`);
  const putRow = db.prepare(`INSERT INTO rows (model, tenant_id, id, parent_id, json) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (model, tenant_id, id) DO UPDATE SET json = excluded.json, parent_id = excluded.parent_id`);
  const deleteRow = db.prepare(`DELETE FROM rows WHERE model = ? AND tenant_id = ? AND id = ?`);
  const listAll = db.prepare<[string, string], { json: string }>(`SELECT json FROM rows WHERE model = ? AND tenant_id = ? ORDER BY rowid`);
  const listByParent = db.prepare<[string, string, string], { json: string }>(
    `SELECT json FROM rows WHERE model = ? AND tenant_id = ? AND parent_id = ? ORDER BY rowid`,
  );
  const putCheckpoint = db.prepare(`INSERT INTO meta (key, value) VALUES ('checkpoint', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  const readCheckpoint = () => {
    const row = db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'checkpoint'`).get();
    return row ? positionFromString(row.value) : null;
  };

  const byCategory = new Map<string, Projector[]>();
  for (const p of projectors) for (const c of p.categories) byCategory.set(c, [...(byCategory.get(c) ?? []), p]);

  let checkpoint: Position | null = readCheckpoint();
  let pending: Position | null = null;
  let flushScheduled = false;
  let waiters: { position: Position; resolve: () => void }[] = [];
  let subscription: Subscription | null = null;

  const apply = (event: RecordedEvent) => {
    const category = event.streamName.slice(0, event.streamName.indexOf('-'));
    for (const p of byCategory.get(category) ?? []) {
      if (p.rows) {
        for (const w of p.rows(event)) {
          if (w.row === null) deleteRow.run(p.model, w.tenantId, w.id);
          else putRow.run(p.model, w.tenantId, w.id, w.parentId ?? null, JSON.stringify(w.row));
        }
        continue;
      }
      const key = p.key?.(event);
      if (!key || !p.project) continue;
      const existing = getRow.get(p.model, key.tenantId, key.id);
      const next = p.project(existing ? JSON.parse(existing.json) : null, event);
      if (next === null) deleteRow.run(p.model, key.tenantId, key.id);
      else putRow.run(p.model, key.tenantId, key.id, key.parentId ?? null, JSON.stringify(next));
    }
  };

  const flush = () => {
    flushScheduled = false;
    if (!pending) return;
    putCheckpoint.run(positionToString(pending));
    db.exec('COMMIT');
    checkpoint = pending;
    pending = null;
    const reached = waiters.filter((w) => comparePositions(w.position, checkpoint!) <= 0);
    waiters = waiters.filter((w) => !reached.includes(w));
    reached.forEach((w) => w.resolve());
  };

  // Events are applied inside one open transaction that commits when the subscription pauses,
  // so a catch-up of many events costs one commit, and live appends are visible within a tick.
  const onEvent = (event: RecordedEvent) => {
    if (!pending) db.exec('BEGIN');
    apply(event);
    pending = event.position;
    if (!flushScheduled) {
      flushScheduled = true;
      setImmediate(flush);
    }
  };

  return {
    start: async (store: EventStore) => {
      subscription = store.subscribe({ from: checkpoint ?? 'start' }, onEvent);
      await subscription.caughtUp();
      await new Promise<void>((r) => setImmediate(r));
    },
    // Read-your-writes: a mutation waits for its own append to reach the read models.
    waitFor: (position: Position | null, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        if (!position || (checkpoint && comparePositions(position, checkpoint) <= 0)) return resolve();
        const timer = setTimeout(() => reject(new Error('Read models did not catch up in time')), timeoutMs);
        waiters.push({ position, resolve: () => (clearTimeout(timer), resolve()) });
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
      db.close();
    },
  };
};
