// The KeyStateStore in a SQLite file beside the events (DATA_DIR/sign-in-attempts.sqlite): one
// IMMEDIATE transaction per update, so two processes on one file cannot interleave.
import { openSqlite } from '../sqlite/native-binding';
import { keyDigest, type KeyStateStore } from './key-state-store';

const PRUNE_EVERY = 1000;
const KEEP_MS = 24 * 3600_000;

export const openSqliteKeyStateStore = (file: string): KeyStateStore => {
  const db = openSqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  // no fsync per commit: an update runs on the event loop during a burst, and a counter lost to a
  // power cut costs an attacker's guess count a few entries, never a decision
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS key_state (key TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at INTEGER NOT NULL) STRICT');
  const select = db.prepare<[string], { state: string }>('SELECT state FROM key_state WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO key_state (key, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
  );
  // A spray of made-up emails leaves one row each: rows untouched for a day are dropped now and
  // then (their delays ended long before; a key seen again starts afresh).
  const prune = db.prepare('DELETE FROM key_state WHERE updated_at < ?');
  let updates = 0;
  const readOne = <S>(digest: string): S | null => {
    const row = select.get(digest);
    return row ? (JSON.parse(row.state) as S) : null;
  };
  return {
    update: async (key, change) => {
      const digest = keyDigest(key);
      const run = db.transaction(() => {
        const { next, result } = change(readOne(digest));
        if (next !== undefined) upsert.run(digest, JSON.stringify(next), Date.now());
        if (++updates % PRUNE_EVERY === 0) prune.run(Date.now() - KEEP_MS);
        return result;
      });
      return run.immediate();
    },
    read: async (key) => readOne(keyDigest(key)),
    close: async () => {
      db.close();
    },
  };
};
