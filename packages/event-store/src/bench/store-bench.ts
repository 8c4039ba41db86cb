// `npm run bench:store`: the SQLite adapter's throughput next to the limit measured in the same run
// on the same disk with the same pragmas, so the ratio (not the absolute figure) is what to watch.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { streamName, type EventStore, type NewEvent } from '../event-store';
import { EVENT_COLUMNS, openDatabase } from '../sqlite/schema';
import { openSqliteEventStore } from '../sqlite/sqlite-event-store';

const SINGLE_APPENDS = 3000;
const WRITERS = 16;
const APPENDS_PER_WRITER = 300;
const RAW_INSERTS = 3000;
const BULK_APPENDS = 300; // 100 events each, so read-all has a log worth reading
const READ_RUNS = 3;
const TENANT = 'bench';

type Figure = { name: string; unit: string; value: number; limitName: string; limit: number; ratio: number };

const event = (i: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'FteDealProposed',
  data: { dealId: `deal-${i}`, serviceId: 'svc-waste', releasedFte: 600, budgetPence: 24_750_000, note: 'Contract monitoring moves to the hub' },
  metadata: {
    tenantId: TENANT,
    actor: { userId: 'u-consultant-1', role: 'consultant', displayName: 'Priya Shah' },
    reason: 'Agreed at programme board',
    correlationId: randomUUID(),
    causationId: randomUUID(),
    occurredAt: '2025-03-14T09:30:00.000Z',
  },
});

const seconds = async (work: () => Promise<void> | void): Promise<number> => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
};
const perSecond = async (count: number, work: () => Promise<void> | void) => count / (await seconds(work));
// reads are short and noisy (GC, JIT warm-up): report the best of a few runs, for the store and the limit alike
const bestOf = async (runs: number, measure: () => Promise<number>) => {
  let best = 0;
  for (let i = 0; i < runs; i += 1) best = Math.max(best, await measure());
  return best;
};

const oneWriter = (store: EventStore) =>
  perSecond(SINGLE_APPENDS, async () => {
    for (let i = 0; i < SINGLE_APPENDS; i += 1) await store.append(streamName('fteDeal', TENANT, `single-${i % 50}`), [event(i)]);
  });

const concurrentWriters = (store: EventStore) =>
  perSecond(WRITERS * APPENDS_PER_WRITER, async () => {
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = 0; i < APPENDS_PER_WRITER; i += 1) await store.append(streamName('fteDeal', TENANT, `writer-${w}`), [event(i)]);
      }),
    );
  });

// The ceiling for one durable commit at a time: a bare insert per transaction, nothing else.
const rawInsertLimit = (file: string) => {
  const db = openDatabase(file);
  const insert = db.prepare(
    `INSERT INTO events (stream, revision, event_id, type, tenant_id, category, data, metadata, recorded_at, prev_hash, hash)
     VALUES (?, ?, ?, 'FteDealProposed', ?, 'fteDeal', ?, ?, ?, ?, ?)`,
  );
  const sample = event(0);
  const [data, metadata, hash] = [JSON.stringify(sample.data), JSON.stringify(sample.metadata), 'f'.repeat(64)];
  return perSecond(RAW_INSERTS, () => {
    for (let i = 0; i < RAW_INSERTS; i += 1) {
      db.exec('BEGIN IMMEDIATE');
      insert.run(`raw-${TENANT}_s`, i, randomUUID(), TENANT, data, metadata, new Date().toISOString(), hash, hash);
      db.exec('COMMIT');
    }
  }).finally(() => db.close());
};

// The ceiling for reading the log: the same columns streamed by one SELECT, both JSON columns parsed.
const rawReadLimit = async (file: string) => {
  const db = openDatabase(file);
  const rows = db.prepare<[], { data: string; metadata: string }>(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY position`);
  try {
    return await bestOf(READ_RUNS, async () => {
      let count = 0;
      const took = await seconds(() => {
        for (const row of rows.iterate()) {
          JSON.parse(row.data);
          JSON.parse(row.metadata);
          count += 1;
        }
      });
      return count / took;
    });
  } finally {
    db.close();
  }
};

const sqliteVersion = () => {
  const db = new Database(':memory:');
  const { v } = db.prepare<[], { v: string }>('SELECT sqlite_version() AS v').get()!;
  db.close();
  return v;
};

const repoRoot = (): string => {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in (JSON.parse(readFileSync(manifest, 'utf8')) as object)) return dir;
  }
  return process.cwd();
};

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'orgledger-bench-'));
  try {
    const file = join(dir, 'store.sqlite');
    // measured before and after the store's runs; the better one is the ceiling
    const rawBefore = await rawInsertLimit(join(dir, 'raw-1.sqlite'));
    const store = openSqliteEventStore({ file });
    const single = await oneWriter(store);
    const grouped = await concurrentWriters(store);
    for (let i = 0; i < BULK_APPENDS; i += 1) {
      await store.append(streamName('activity', TENANT, `bulk-${i}`), Array.from({ length: 100 }, (_, j) => event(j)));
    }
    let read = 0;
    const readRate = await bestOf(READ_RUNS, async () => {
      read = 0;
      const took = await seconds(async () => {
        for await (const e of store.readAll()) if (e.data) read += 1;
      });
      return read / took;
    });
    await store.close();
    const rawInsert = Math.max(rawBefore, await rawInsertLimit(join(dir, 'raw-2.sqlite')));
    const rawRead = await rawReadLimit(file);

    const figures: Figure[] = [
      { name: '(a) append, 1 writer', unit: 'appends/s', value: single, limitName: 'raw insert, 1 tx each', limit: rawInsert, ratio: single / rawInsert },
      { name: `(b) append, ${WRITERS} writers`, unit: 'appends/s', value: grouped, limitName: 'raw insert, 1 tx each', limit: rawInsert, ratio: grouped / rawInsert },
      { name: `(d) readAll (${fmt(read)} events)`, unit: 'events/s', value: readRate, limitName: 'raw SELECT + JSON.parse', limit: rawRead, ratio: readRate / rawRead },
    ];
    const rows = figures.map((f) => [f.name, `${fmt(f.value)} ${f.unit}`, f.limitName, `${fmt(f.limit)} ${f.unit}`, `${f.ratio.toFixed(2)}x`]);
    const header = ['figure', 'value', '(c) limit', 'limit value', 'ratio'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log([line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));

    const outDir = resolve(repoRoot(), 'bench', 'out');
    mkdirSync(outDir, { recursive: true });
    const report = { measuredAt: new Date().toISOString(), node: process.version, sqlite: sqliteVersion(), figures };
    writeFileSync(join(outDir, 'store.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwritten ${join(outDir, 'store.json')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
