// `npm run bench:store`: the SQLite adapter's throughput next to the limit measured in the same run
// on the same disk with the same pragmas, so the ratio (not the absolute figure) is what to watch.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { streamName, type EventStore, type NewEvent } from '../event-store';
import { openSqlite } from '../sqlite/native-binding';
import { EVENT_COLUMNS, openDatabase } from '../sqlite/schema';
import { openSqliteEventStore } from '../sqlite/sqlite-event-store';

const ROUNDS = 4;
const ROUND_SIZE = 800; // appends per round for each of: raw limit, one writer, 16 writers (50 each)
const WRITERS = 16;
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
// reads are short and noisy (GC, JIT warm-up): report the best of a few runs, for the store and the limit alike
const bestOf = async (runs: number, measure: () => Promise<number>) => {
  let best = 0;
  for (let i = 0; i < runs; i += 1) best = Math.max(best, await measure());
  return best;
};

// Disk fsync latency drifts on a shared machine, so the store and its limit take turns in rounds.
type Timed = { count: number; seconds: number };
const add = (a: Timed, b: Timed): Timed => ({ count: a.count + b.count, seconds: a.seconds + b.seconds });
const rate = (t: Timed) => t.count / t.seconds;

const oneWriter = async (store: EventStore, round: number): Promise<Timed> => ({
  count: ROUND_SIZE,
  seconds: await seconds(async () => {
    for (let i = 0; i < ROUND_SIZE; i += 1) await store.append(streamName('fteDeal', TENANT, `single-${round}-${i % 50}`), [event(i)]);
  }),
});

const concurrentWriters = async (store: EventStore, round: number): Promise<Timed> => ({
  count: ROUND_SIZE,
  seconds: await seconds(async () => {
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = 0; i < ROUND_SIZE / WRITERS; i += 1) await store.append(streamName('fteDeal', TENANT, `writer-${round}-${w}`), [event(i)]);
      }),
    );
  }),
});

// The ceiling for one durable commit at a time: a bare insert per transaction, same schema and pragmas.
const rawInserter = (file: string) => {
  const db = openDatabase(file);
  const insert = db.prepare(
    `INSERT INTO events (stream, revision, event_id, type, tenant_id, category, data, metadata, recorded_at, prev_hash, hash)
     VALUES (?, ?, ?, 'FteDealProposed', ?, 'fteDeal', ?, ?, ?, ?, ?)`,
  );
  const sample = event(0);
  const [data, metadata, hash] = [JSON.stringify(sample.data), JSON.stringify(sample.metadata), 'f'.repeat(64)];
  let revision = 0;
  return {
    run: async (): Promise<Timed> => ({
      count: ROUND_SIZE,
      seconds: await seconds(() => {
        for (let i = 0; i < ROUND_SIZE; i += 1) {
          db.exec('BEGIN IMMEDIATE');
          insert.run(`raw-${TENANT}_s`, revision++, randomUUID(), TENANT, data, metadata, new Date().toISOString(), hash, hash);
          db.exec('COMMIT');
        }
      }),
    }),
    close: () => db.close(),
  };
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
  const db = openSqlite(':memory:');
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
    const store = openSqliteEventStore({ file });
    const raw = rawInserter(join(dir, 'raw.sqlite'));
    let [single, grouped, rawInsert]: Timed[] = [0, 1, 2].map(() => ({ count: 0, seconds: 0 }));
    for (let round = 0; round < ROUNDS; round += 1) {
      rawInsert = add(rawInsert, await raw.run());
      single = add(single, await oneWriter(store, round));
      grouped = add(grouped, await concurrentWriters(store, round));
    }
    raw.close();
    for (let i = 0; i < BULK_APPENDS; i += 1) {
      await store.append(
        streamName('activity', TENANT, `bulk-${i}`),
        Array.from({ length: 100 }, (_, j) => event(j)),
      );
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
    const rawRead = await rawReadLimit(file);

    const figures: Figure[] = [
      {
        name: '(a) append, 1 writer',
        unit: 'appends/s',
        value: rate(single),
        limitName: 'raw insert, 1 tx each',
        limit: rate(rawInsert),
        ratio: rate(single) / rate(rawInsert),
      },
      {
        name: `(b) append, ${WRITERS} writers`,
        unit: 'appends/s',
        value: rate(grouped),
        limitName: 'raw insert, 1 tx each',
        limit: rate(rawInsert),
        ratio: rate(grouped) / rate(rawInsert),
      },
      {
        name: `(d) readAll (${fmt(read)} events)`,
        unit: 'events/s',
        value: readRate,
        limitName: 'raw SELECT + JSON.parse',
        limit: rawRead,
        ratio: readRate / rawRead,
      },
    ];
    const rows = figures.map((f) => [f.name, `${fmt(f.value)} ${f.unit}`, f.limitName, `${fmt(f.limit)} ${f.unit}`, `${f.ratio.toFixed(2)}x`]);
    const header = ['figure', 'value', '(c) limit', 'limit value', 'ratio'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log([line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));

    const outDir = resolve(repoRoot(), 'tests', 'bench', 'out');
    mkdirSync(outDir, { recursive: true });
    const setup = { rounds: ROUNDS, appendsPerRound: ROUND_SIZE, writers: WRITERS, eventsRead: read, readRuns: READ_RUNS };
    const report = { measuredAt: new Date().toISOString(), node: process.version, sqlite: sqliteVersion(), setup, figures };
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
