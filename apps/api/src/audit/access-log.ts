// Who looked at what, when: every auditor query, kept in its own SQLite file next to the store.
// Not events in the store: a read must not add to the decision history (it would make every read
// an fsync'd append, move the store head under the as-at views and the checkpoints, and mix who
// *looked* with who *decided*). The rows are append-only and chained by hash like the events.
import { join } from 'node:path';
import { canonicalJson, GENESIS_HASH, openSqlite, sha256Hex } from '@orgledger/event-store';

export type AccessEntry = {
  tenantId: string;
  at: string;
  userId: string;
  userName: string;
  role: string;
  operation: string; // the GraphQL root field or HTTP route
  authorityId: string | null;
};

export type AccessRow = AccessEntry & { id: number; hash: string };

const SCHEMA = `
CREATE TABLE IF NOT EXISTS access_log (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id    TEXT NOT NULL,
  at           TEXT NOT NULL,
  user_id      TEXT NOT NULL,
  user_name    TEXT NOT NULL,
  role         TEXT NOT NULL,
  operation    TEXT NOT NULL,
  authority_id TEXT,
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS access_log_tenant ON access_log (tenant_id, id);
`;

type Row = {
  id: number;
  tenant_id: string;
  at: string;
  user_id: string;
  user_name: string;
  role: string;
  operation: string;
  authority_id: string | null;
  hash: string;
};

export type AccessLog = ReturnType<typeof openAccessLog>;

export const openAccessLog = (dataDir: string) => {
  const db = openSqlite(join(dataDir, 'access-log.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const last = db.prepare<[string], { hash: string }>('SELECT hash FROM access_log WHERE tenant_id = ? ORDER BY id DESC LIMIT 1');
  const insert = db.prepare(
    'INSERT INTO access_log (tenant_id, at, user_id, user_name, role, operation, authority_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const page = db.prepare<[string, number, number], Row>('SELECT * FROM access_log WHERE tenant_id = ? ORDER BY id DESC LIMIT ? OFFSET ?');
  const total = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM access_log WHERE tenant_id = ?');

  const record = db.transaction((e: AccessEntry) => {
    const prevHash = last.get(e.tenantId)?.hash ?? GENESIS_HASH;
    const hash = sha256Hex(canonicalJson({ ...e, prevHash }));
    insert.run(e.tenantId, e.at, e.userId, e.userName, e.role, e.operation, e.authorityId, prevHash, hash);
  });

  return {
    record: (entry: AccessEntry) => record(entry),
    list: (tenantId: string, first: number, offset: number): { total: number; rows: AccessRow[] } => ({
      total: total.get(tenantId)?.n ?? 0,
      rows: page.all(tenantId, first, offset).map((r) => ({
        id: r.id,
        tenantId: r.tenant_id,
        at: r.at,
        userId: r.user_id,
        userName: r.user_name,
        role: r.role,
        operation: r.operation,
        authorityId: r.authority_id,
        hash: r.hash,
      })),
    }),
    close: () => db.close(),
  };
};
