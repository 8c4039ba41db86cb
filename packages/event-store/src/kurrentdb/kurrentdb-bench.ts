// Appends/s and read-all events/s through the KurrentDB adapter (real client, real gRPC, the
// in-process test server), next to the SQLite adapter measured in the same run on the same machine.
//   npm run build -w @orgledger/kurrentdb-test-server -w @orgledger/event-store
//   node packages/event-store/dist/kurrentdb/kurrentdb-bench.js
// The test server keeps events in memory, so its figures bound the adapter and client cost, not a
// real cluster's disk and replication; they are what the contract suite's run time rests on.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer } from '@orgledger/kurrentdb-test-server';
import { streamName, type EventStore, type NewEvent } from '../event-store';
import { openSqliteEventStore } from '../sqlite/sqlite-event-store';
import { openKurrentDbEventStore } from './kurrentdb-event-store';

const TENANT = 'bench';
const SINGLE = 400;
const WRITERS = 16;
const PER_WRITER = 25;
const BULK = 40; // appends of 100 events each, so read-all has a log worth reading

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

const perSecond = async (count: number, work: () => Promise<void>) => {
  const start = process.hrtime.bigint();
  await work();
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
};

type Figures = { single: number; concurrent: number; bulk: number; readAll: number };

const measure = async (store: EventStore): Promise<Figures> => {
  const single = await perSecond(SINGLE, async () => {
    for (let i = 0; i < SINGLE; i += 1) await store.append(streamName('fteDeal', TENANT, `single-${i % 40}`), [event(i)]);
  });
  const concurrent = await perSecond(WRITERS * PER_WRITER, async () => {
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = 0; i < PER_WRITER; i += 1) await store.append(streamName('fteDeal', TENANT, `writer-${w}`), [event(i)]);
      }),
    );
  });
  const bulk = await perSecond(BULK * 100, async () => {
    for (let b = 0; b < BULK; b += 1)
      await store.append(
        streamName('activity', TENANT, `bulk-${b}`),
        Array.from({ length: 100 }, (_, i) => event(i)),
      );
  });
  let total = 0;
  const readAll = await perSecond(SINGLE + WRITERS * PER_WRITER + BULK * 100, async () => {
    for await (const e of store.readAll({ filter: { tenantId: TENANT } })) total += e.revision >= 0n ? 1 : 0;
  });
  if (total !== SINGLE + WRITERS * PER_WRITER + BULK * 100) throw new Error(`read-all returned ${total} events`);
  return { single, concurrent, bulk, readAll };
};

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'orgledger-kurrent-bench-'));
  const sqlite = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
  const sqliteFigures = await measure(sqlite);
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });

  const server = await startTestServer({ port: 0 });
  const kurrent = openKurrentDbEventStore({ connectionString: server.url });
  const kurrentFigures = await measure(kurrent);
  await kurrent.close();
  await server.stop();

  const rows: [string, keyof Figures][] = [
    ['appends/s, 1 writer, 1 event each', 'single'],
    [`appends/s, ${WRITERS} concurrent writers`, 'concurrent'],
    ['events/s, appends of 100 events', 'bulk'],
    ['read-all events/s', 'readAll'],
  ];
  console.log('| measure | SQLite adapter | KurrentDB adapter (test server, BatchAppend) |');
  console.log('|---|---:|---:|');
  for (const [label, key] of rows) console.log(`| ${label} | ${Math.round(sqliteFigures[key])} | ${Math.round(kurrentFigures[key])} |`);
  process.exit(0);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
