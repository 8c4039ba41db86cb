// Read side of the SQLite adapter: one stream, or the global log in batches.
import type { Statement } from 'better-sqlite3';
import { EventStoreError, type AllFilter, type ReadAllOptions, type ReadStreamOptions, type RecordedEvent } from '../event-store';
import { EVENT_COLUMNS, rowToEvent, type Db, type EventRow } from './schema';

export const READ_BATCH_SIZE = 1000;

export type BatchQuery = { after: bigint; upTo: bigint; filter?: AllFilter; limit: number };

export type SqliteReader = {
  headPosition(): bigint; // 0n when the store is empty
  readBatch(query: BatchQuery): RecordedEvent[];
  readStream(stream: string, options?: ReadStreamOptions): RecordedEvent[];
  readAll(options?: ReadAllOptions): AsyncGenerator<RecordedEvent>;
};

export const checkMaxCount = (maxCount: number | undefined): number => {
  if (maxCount === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isSafeInteger(maxCount) || maxCount < 0) throw new TypeError(`maxCount must be a non-negative integer, got ${maxCount}`);
  return maxCount;
};

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

// SQLite reads `IN ()` as false, so an empty list of categories or types matches nothing.
const batchSql = (filter: AllFilter | undefined): string => {
  const where = ['position > ?', 'position <= ?'];
  if (filter?.tenantId !== undefined) where.push('tenant_id = ?');
  if (filter?.categories) where.push(`category IN (${placeholders(filter.categories.length)})`);
  if (filter?.eventTypes) where.push(`type IN (${placeholders(filter.eventTypes.length)})`);
  return `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY position LIMIT ?`;
};

const batchParams = ({ after, upTo, filter, limit }: BatchQuery): unknown[] => [
  after,
  upTo,
  ...(filter?.tenantId !== undefined ? [filter.tenantId] : []),
  ...(filter?.categories ?? []),
  ...(filter?.eventTypes ?? []),
  limit,
];

export const createSqliteReader = (db: Db): SqliteReader => {
  const head = db.prepare<[], { head: bigint | null }>('SELECT MAX(position) AS head FROM events');
  const streamHead = db.prepare<[string], { revision: bigint }>('SELECT revision FROM stream_heads WHERE stream = ?');
  const forwards = db
    .prepare<[string, bigint, number], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`)
    .raw(true);
  const backwards = db
    .prepare<[string, bigint, number], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`)
    .raw(true);
  // one prepared statement per filter shape, reused by readAll and every subscription
  const batchStatements = new Map<string, Statement<unknown[], EventRow>>();

  const headPosition = () => head.get()?.head ?? 0n;

  const readBatch = (query: BatchQuery): RecordedEvent[] => {
    const sql = batchSql(query.filter);
    let statement = batchStatements.get(sql);
    if (!statement) {
      if (batchStatements.size > 200) batchStatements.clear();
      statement = db.prepare<unknown[], EventRow>(sql).raw(true);
      batchStatements.set(sql, statement);
    }
    return statement.all(...batchParams(query)).map(rowToEvent);
  };

  const readStream = (stream: string, options: ReadStreamOptions = {}): RecordedEvent[] => {
    const max = checkMaxCount(options.maxCount);
    const current = streamHead.get(stream);
    if (!current) throw new EventStoreError('STREAM_NOT_FOUND', `Stream ${stream} not found`, { stream });
    const direction = options.direction ?? 'forwards';
    const from = options.fromRevision ?? (direction === 'forwards' ? 'start' : 'end');
    const revision = from === 'start' ? 0n : from === 'end' ? (direction === 'forwards' ? current.revision + 1n : current.revision) : from;
    const limit = Number.isFinite(max) ? max : -1; // LIMIT -1 = no limit
    return (direction === 'forwards' ? forwards : backwards).all(stream, revision, limit).map(rowToEvent);
  };

  async function* readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    let remaining = checkMaxCount(options.maxCount);
    let after = options.from && options.from !== 'start' ? options.from.commit : 0n;
    // bounded by the head when iteration starts, so a read under constant appends still ends
    const head = headPosition();
    const upTo = options.to && options.to.commit < head ? options.to.commit : head;
    while (remaining > 0 && after < upTo) {
      const limit = Math.min(READ_BATCH_SIZE, remaining);
      const batch = readBatch({ after, upTo, filter: options.filter, limit });
      for (const event of batch) yield event;
      if (batch.length < limit) return;
      remaining -= batch.length;
      after = batch[batch.length - 1].position.commit;
    }
  }

  return { headPosition, readBatch, readStream, readAll };
};
