// Group commit: appends that arrive before the next turn of the event loop share ONE transaction
// (one fsync). Each runs inside its own SAVEPOINT so a refused append does not undo the others,
// and each caller gets its own result or error.
import { EventStoreError, wrongExpectedRevision, type AppendResult, type ExpectedRevision } from '../event-store';
import { GENESIS_HASH, HASH_VERSION, eventHashFromJson, storedMetadataJson } from '../hash-chain';
import type { PreparedEvent } from '../append-validation';
import type { Db } from './schema';

export type PendingAppend = {
  stream: string;
  category: string;
  events: PreparedEvent[];
  expected: ExpectedRevision;
};

type Queued = PendingAppend & { resolve: (r: AppendResult) => void; reject: (e: unknown) => void };
type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

export type GroupCommitWriter = {
  append(pending: PendingAppend): Promise<AppendResult>;
  close(): void; // commits whatever is queued, then refuses new appends
};

const isSatisfied = (expected: ExpectedRevision, head: bigint | undefined): boolean => {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return head === undefined;
  if (expected === 'stream_exists') return head !== undefined;
  return head === expected;
};

const prepareStatements = (db: Db) => ({
  findEvent: db.prepare<[string], { stream: string; revision: bigint; position: bigint }>('SELECT stream, revision, position FROM events WHERE event_id = ?'),
  head: db.prepare<[string], { revision: bigint; hash: string }>('SELECT revision, hash FROM stream_heads WHERE stream = ?'),
  insert: db.prepare<[string, bigint, string, string, string, string, string, string, string, string, string]>(
    `INSERT INTO events (stream, revision, event_id, type, tenant_id, category, data, metadata, recorded_at, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  // transaction control as prepared statements: exec() would re-parse them on every append
  begin: db.prepare('BEGIN IMMEDIATE'),
  savepoint: db.prepare('SAVEPOINT append'),
  rollbackTo: db.prepare('ROLLBACK TO append'),
  release: db.prepare('RELEASE append'),
  commit: db.prepare('COMMIT'),
  upsertHead: db.prepare<[string, bigint, string]>(
    `INSERT INTO stream_heads (stream, revision, hash) VALUES (?, ?, ?)
     ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, hash = excluded.hash`,
  ),
});

type Statements = ReturnType<typeof prepareStatements>;

// KurrentDB semantics: a retry of an append that already happened returns the original result.
const findPriorAppend = (s: Statements, p: PendingAppend): AppendResult | null => {
  const found = p.events.map((e) => s.findEvent.get(e.eventId));
  const present = found.filter((f) => f !== undefined);
  if (present.length === 0) return null;
  const ids = p.events.map((e) => e.eventId);
  if (present.length < found.length) {
    const known = ids.filter((_, i) => found[i] !== undefined);
    throw new EventStoreError('INVALID_EVENT', `Append to ${p.stream} mixes already-stored event ids (${known.join(', ')}) with new ones`, {
      stream: p.stream,
      eventIds: known,
    });
  }
  const elsewhere = present.find((f) => f.stream !== p.stream);
  if (elsewhere) {
    throw new EventStoreError('INVALID_EVENT', `Event ids of this append to ${p.stream} are already stored in stream ${elsewhere.stream}`, {
      stream: p.stream,
      otherStream: elsewhere.stream,
    });
  }
  const first = present[0].revision;
  if (present.some((f, i) => f.revision !== first + BigInt(i))) {
    throw new EventStoreError('INVALID_EVENT', `Event ids of this append are stored in ${p.stream} but not at consecutive revisions in this order`, {
      stream: p.stream,
    });
  }
  const last = present[present.length - 1];
  return { nextExpectedRevision: last.revision, position: { commit: last.position, prepare: last.position } };
};

const appendOne = (s: Statements, p: PendingAppend, recordedAt: string): AppendResult => {
  const prior = findPriorAppend(s, p);
  if (prior) return prior;
  const head = s.head.get(p.stream);
  if (!isSatisfied(p.expected, head?.revision)) throw wrongExpectedRevision(p.stream, p.expected, head?.revision ?? 'no_stream');
  let prevHash = head?.hash ?? GENESIS_HASH;
  let revision = head ? head.revision + 1n : 0n;
  let position = 0n;
  for (const e of p.events) {
    // the hash covers recordedAt (version 2), unless this is a copy of an older event
    const at = e.copied?.recordedAt ?? recordedAt;
    const metadataJson = storedMetadataJson(e.metadataJson, e.copied?.hashVersion ?? HASH_VERSION, at);
    const hash = eventHashFromJson(prevHash, { streamName: p.stream, revision, eventId: e.eventId, type: e.type, dataJson: e.dataJson, metadataJson });
    const info = s.insert.run(p.stream, revision, e.eventId, e.type, e.tenantId, p.category, e.dataJson, metadataJson, at, prevHash, hash);
    // the global position is the AUTOINCREMENT rowid, allocated under the write lock
    position = BigInt(info.lastInsertRowid);
    prevHash = hash;
    revision += 1n;
  }
  s.upsertHead.run(p.stream, revision - 1n, prevHash);
  return { nextExpectedRevision: revision - 1n, position: { commit: position, prepare: position } };
};

const commitBatch = (db: Db, s: Statements, batch: Queued[]): Outcome[] => {
  const recordedAt = new Date().toISOString();
  const outcomes: Outcome[] = [];
  s.begin.run();
  try {
    for (const p of batch) {
      s.savepoint.run();
      try {
        outcomes.push({ ok: true, result: appendOne(s, p, recordedAt) });
      } catch (error) {
        s.rollbackTo.run();
        outcomes.push({ ok: false, error });
      }
      s.release.run();
    }
    s.commit.run();
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  return outcomes;
};

export const createGroupCommitWriter = (db: Db, onCommitted: () => void): GroupCommitWriter => {
  const statements = prepareStatements(db);
  let queue: Queued[] = [];
  let timer: NodeJS.Immediate | null = null;
  let closed = false;

  const flush = (): void => {
    timer = null;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = commitBatch(db, statements, batch);
    } catch (error) {
      // the transaction itself failed (busy, disk full): nothing of this batch was written
      for (const p of batch) p.reject(error);
      return;
    }
    outcomes.forEach((o, i) => (o.ok ? batch[i].resolve(o.result) : batch[i].reject(o.error)));
    if (outcomes.some((o) => o.ok)) onCommitted();
  };

  return {
    append: (pending) =>
      new Promise<AppendResult>((resolve, reject) => {
        if (closed) return reject(new Error('Event store is closed'));
        queue.push({ ...pending, resolve, reject });
        timer ??= setImmediate(flush);
      }),
    close: () => {
      if (timer) clearImmediate(timer);
      flush();
      closed = true;
    },
  };
};
