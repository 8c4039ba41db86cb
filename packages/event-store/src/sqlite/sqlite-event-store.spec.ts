import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract, type StoreHarness } from '../contract';
import { collect, dealStream, delay, fteDealApproved, fteDealProposed, ids, newTenant, postCreated, postStream, rejection } from '../contract-cases/fixtures';
import type { EventStore, RecordedEvent } from '../event-store';
import { verifyChains } from '../verify';
import { openSqlite } from './native-binding';
import { openDatabase } from './schema';
import { openSqliteEventStore } from './sqlite-event-store';

type SqliteHarness = StoreHarness & { file: string; reopen: () => Promise<EventStore>; tamper: (sql: string) => void };

const makeStore = async ({ maxEventBytes }: { maxEventBytes?: number } = {}): Promise<SqliteHarness> => {
  const dir = mkdtempSync(join(tmpdir(), 'orgledger-event-store-'));
  const file = join(dir, 'events.sqlite');
  let current = openSqliteEventStore({ file, maxEventBytes });
  return {
    file,
    store: current,
    reopen: async () => {
      await current.close();
      current = openSqliteEventStore({ file, maxEventBytes });
      return current;
    },
    // a second connection, behind the store's back, as an attacker with file access would use
    tamper: (sql) => {
      const db = openSqlite(file);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
    cleanup: async () => {
      await current.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

eventStoreContract('sqlite (temp file)', makeStore, { contiguousPositions: true });

describe('SQLite adapter specifics', () => {
  let harness: SqliteHarness;
  let store: EventStore;
  beforeEach(async () => {
    harness = await makeStore();
    store = harness.store;
  });
  afterEach(() => harness.cleanup());

  it('sets WAL, synchronous=FULL and a busy timeout on its connection', () => {
    const db = openDatabase(harness.file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2n);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000n);
    } finally {
      db.close();
    }
    // WAL is recorded in the file itself, so any other connection sees it too
    const other = openSqlite(harness.file, { readonly: true });
    expect(other.pragma('journal_mode', { simple: true })).toBe('wal');
    other.close();
  });

  describe('tamper evidence', () => {
    const seed = async (tenant: string) => {
      await store.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 100), fteDealApproved(tenant, 'd1')]);
      const target = [100, 200, 300, 400].map((fte) => fteDealProposed(tenant, 'd2', fte));
      await store.append(dealStream(tenant, 'd2'), target);
      return target;
    };

    it('names the exact stream, revision and event whose data was edited', async () => {
      const tenant = newTenant();
      const target = await seed(tenant);
      harness.tamper(`UPDATE events SET data = json_set(data, '$.releasedFte', 999) WHERE event_id = '${target[1].eventId}'`);
      expect((await store.readStream(dealStream(tenant, 'd2')))[1].data.releasedFte).toBe(999);
      const result = await verifyChains(store, { tenantId: tenant });
      expect(result).toMatchObject({ ok: false, streams: 2, events: 6 });
      expect(result.firstBroken).toEqual({
        streamName: dealStream(tenant, 'd2'),
        revision: '1',
        eventId: target[1].eventId,
        reason: expect.stringContaining('altered'),
      });
    });

    it('names the event after a deleted middle row', async () => {
      const tenant = newTenant();
      const target = await seed(tenant);
      harness.tamper(`DELETE FROM events WHERE event_id = '${target[1].eventId}'`);
      const result = await verifyChains(store, { tenantId: tenant });
      expect(result.ok).toBe(false);
      expect(result.firstBroken).toEqual({
        streamName: dealStream(tenant, 'd2'),
        revision: '2',
        eventId: target[2].eventId,
        reason: expect.stringContaining('expected revision 1 but found 2'),
      });
    });

    it('names swapped revisions and swapped global positions', async () => {
      const tenant = newTenant();
      const target = await seed(tenant);
      const [r1, r2] = [target[1].eventId, target[2].eventId];
      harness.tamper(`UPDATE events SET revision = -1 WHERE event_id = '${r1}';
        UPDATE events SET revision = 1 WHERE event_id = '${r2}'; UPDATE events SET revision = 2 WHERE event_id = '${r1}';`);
      expect((await verifyChains(store, { tenantId: tenant })).firstBroken).toMatchObject({ streamName: dealStream(tenant, 'd2'), revision: '2', eventId: r1 });

      const other = newTenant();
      const moved = await seed(other);
      const [p1, p2] = [moved[1].eventId, moved[2].eventId];
      const [at1, at2] = (await store.readStream(dealStream(other, 'd2'))).slice(1, 3).map((e) => e.position.commit);
      harness.tamper(`UPDATE events SET position = -1 WHERE event_id = '${p1}';
        UPDATE events SET position = ${at1} WHERE event_id = '${p2}'; UPDATE events SET position = ${at2} WHERE event_id = '${p1}';`);
      const swapped = await verifyChains(store, { tenantId: other });
      expect(ids(await collect(store.readAll({ filter: { tenantId: other, categories: ['fteDeal'] } })))).toEqual([
        ...ids(await store.readStream(dealStream(other, 'd1'))),
        moved[0].eventId,
        p2,
        p1,
        moved[3].eventId,
      ]);
      expect(swapped.firstBroken).toMatchObject({ streamName: dealStream(other, 'd2'), revision: '2', eventId: p2 });
      expect((await verifyChains(store, { tenantId: tenant })).firstBroken?.eventId).toBe(r1);
    });
  });

  it('commits appends of the same tick together, each succeeding or failing on its own', async () => {
    const tenant = newTenant();
    await store.append(dealStream(tenant, 'taken'), [fteDealProposed(tenant, 'taken', 1)]);
    const outcomes = await Promise.allSettled([
      store.append(dealStream(tenant, 'a'), [fteDealProposed(tenant, 'a', 10)]),
      store.append(dealStream(tenant, 'taken'), [fteDealApproved(tenant, 'taken')], { expectedRevision: 'no_stream' }),
      store.append(postStream(tenant, 'b'), [postCreated(tenant, 'b', 'PO1')]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const events = await collect(store.readAll({ filter: { tenantId: tenant } }));
    expect(events.map((e) => e.streamName)).toEqual([dealStream(tenant, 'taken'), dealStream(tenant, 'a'), postStream(tenant, 'b')]);
    // one transaction: one recordedAt for both survivors
    expect(events[1].recordedAt).toBe(events[2].recordedAt);
  });

  it('sees appends made through another connection: subscriptions poll and revisions are shared', async () => {
    const tenant = newTenant();
    const cli = openSqliteEventStore({ file: harness.file });
    const received: RecordedEvent[] = [];
    const sub = store.subscribe({ from: 'start', filter: { tenantId: tenant } }, (e) => {
      received.push(e);
    });
    await cli.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 300)]);
    const deadline = Date.now() + 2000;
    while (received.length === 0 && Date.now() < deadline) await delay(10);
    expect(received.map((e) => e.data.releasedFte)).toEqual([300]);
    const conflict = await rejection(store.append(dealStream(tenant, 'd1'), [fteDealApproved(tenant, 'd1')], { expectedRevision: 'no_stream' }));
    expect(conflict.details).toMatchObject({ actual: 0n });
    await sub.stop();
    await cli.close();
  });

  it('keeps positions above 2^53 exact', async () => {
    harness.tamper(`INSERT INTO sqlite_sequence (name, seq) VALUES ('events', 9007199254740993)`);
    const tenant = newTenant();
    const result = await store.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 1)]);
    expect(result.position).toEqual({ commit: 9007199254740994n, prepare: 9007199254740994n });
    const [read] = await collect(store.readAll({ from: { commit: 9007199254740993n, prepare: 9007199254740993n } }));
    expect(read.position.commit).toBe(9007199254740994n);
  });

  it('commits appends still queued when close() is called', async () => {
    const tenant = newTenant();
    const pending = store.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 5)]);
    await store.close();
    expect((await pending).nextExpectedRevision).toBe(0n);
    await expect(store.append(dealStream(tenant, 'd1'), [fteDealApproved(tenant, 'd1')])).rejects.toThrow('closed');
    const reopened = await harness.reopen();
    expect((await reopened.readStream(dealStream(tenant, 'd1'))).map((e) => e.data.releasedFte)).toEqual([5]);
  });

  it('stops a subscription whose handler throws and reports the error through caughtUp()', async () => {
    const tenant = newTenant();
    await store.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 5)]);
    const sub = store.subscribe({ from: 'start', filter: { tenantId: tenant } }, () => {
      throw new Error('projection failed');
    });
    await expect(sub.caughtUp()).rejects.toThrow('projection failed');
    await sub.stop();
  });

  it('works in memory', async () => {
    const memory = openSqliteEventStore({ file: ':memory:' });
    const tenant = newTenant();
    await memory.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 5)]);
    expect(await memory.readStream(dealStream(tenant, 'd1'))).toHaveLength(1);
    await memory.close();
  });
});
