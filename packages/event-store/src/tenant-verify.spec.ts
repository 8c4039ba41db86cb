import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { CHECKPOINT_EVENT_TYPE, signCheckpoint } from './checkpoint';
import { checkpointStream, readCheckpoints, sealCheckpoint } from './checkpoint-store';
import { dealStream, fteDealApproved, fteDealProposed, metadata, newTenant, postCreated, postStream } from './contract-cases/fixtures';
import type { EventStore } from './event-store';
import { eventHash, GENESIS_HASH } from './hash-chain';
import { EVENT_COLUMNS, rowToEvent, type EventRow } from './sqlite/schema';
import { openSqlite } from './sqlite/native-binding';
import { openSqliteEventStore } from './sqlite/sqlite-event-store';
import { sequenceProblems, verifyTenant } from './tenant-verify';
import { verifyChains } from './verify';

const keys = generateKeyPairSync('ed25519');
const actor = { userId: 'system', role: 'tenant_admin', displayName: 'OrgLedger operator' };
let dir: string;
let store: EventStore;
let db: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'orgledger-tenant-verify-'));
  store = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
  db = openSqlite(join(dir, 'events.sqlite'));
  db.defaultSafeIntegers(true);
});
afterEach(async () => {
  db.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const seal = (tenantId: string) => sealCheckpoint(store, { tenantId, privateKey: keys.privateKey, publicKey: keys.publicKey, actor, now: new Date() });
const verify = (tenantId: string, now?: Date) => verifyTenant(store, { tenantId, publicKey: keys.publicKey, ...(now ? { now } : {}) });
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

// As an attacker with write access to the file would: rewrite rows, then recompute hashes so that
// every chain (or only the edited event) is consistent again.
const rows = (stream: string) =>
  (db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? ORDER BY revision`).raw(true).all(stream) as EventRow[]).map(rowToEvent);
// every hash of the stream from the start, or only revision `only`'s own hash (its link kept)
const rehash = (stream: string, only?: bigint) => {
  const update = db.prepare('UPDATE events SET prev_hash = ?, hash = ? WHERE event_id = ?');
  let prev = GENESIS_HASH;
  for (const e of rows(stream)) {
    if (only === undefined) {
      const hash = eventHash(prev, e);
      update.run(prev, hash, e.eventId);
      prev = hash;
    } else if (e.revision === only) update.run(e.prevHash, eventHash(e.prevHash, e), e.eventId);
  }
  db.prepare('UPDATE stream_heads SET hash = ? WHERE stream = ?').run(rows(stream).at(-1)!.hash, stream);
};
const editData = (stream: string, revision: number, json: string) =>
  db.prepare(`UPDATE events SET data = json_set(data, '$.note', ?) WHERE stream = ? AND revision = ?`).run(json, stream, revision);

describe('verifyChains and checkLink: the safety checks', () => {
  it('names the NEXT event when an edited event had its own hash recomputed (prevHash no longer links)', async () => {
    const tenant = newTenant();
    const stream = dealStream(tenant, 'd1');
    await store.append(stream, [fteDealProposed(tenant, 'd1', 400), fteDealApproved(tenant, 'd1'), fteDealApproved(tenant, 'd1')]);
    editData(stream, 1, 'Quietly rewritten');
    rehash(stream, 1n); // only revision 1's own hash
    const next = rows(stream)[2];
    for (const report of [await verifyChains(store, { tenantId: tenant }), await verify(tenant)]) {
      expect(report.ok).toBe(false);
      expect(report.firstBroken).toMatchObject({ streamName: stream, revision: '2', eventId: next.eventId });
      expect(report.firstBroken!.reason).toMatch(/^prevHash [0-9a-f]{64} does not link to the previous hash [0-9a-f]{64}$/);
    }
  });

  it('reports an event whose metadata names another tenant than its stream, even with a consistent hash', async () => {
    const tenant = newTenant();
    const stream = postStream(tenant, 'p1');
    await store.append(stream, [postCreated(tenant, 'p1', 'PO6')]);
    db.prepare(`UPDATE events SET metadata = json_set(metadata, '$.tenantId', 'someone-else') WHERE stream = ?`).run(stream);
    rehash(stream);
    const [event] = rows(stream);
    expect(eventHash(event.prevHash, event)).toBe(event.hash); // the hash alone is consistent
    for (const report of [await verifyChains(store, { tenantId: tenant }), await verify(tenant)]) {
      expect(report.ok).toBe(false);
      expect(report.firstBroken).toMatchObject({ streamName: stream, revision: '0', reason: `event does not belong to tenant ${tenant}` });
    }
  });

  it('detects an edited recorded_at on a version 2 event', async () => {
    const tenant = newTenant();
    const stream = postStream(tenant, 'p1');
    await store.append(stream, [postCreated(tenant, 'p1', 'PO6')]);
    db.prepare(`UPDATE events SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE stream = ?`).run(stream);
    const report = await verifyChains(store, { tenantId: tenant });
    expect(report.firstBroken?.reason).toMatch(/does not match the recomputed .*: the event was altered/);
  });
});

describe('verifyTenant: checkpoints an operator cannot quietly replace', () => {
  it('fails a tenant with events but no checkpoint once the grace window has passed, and says so', async () => {
    const tenant = newTenant();
    await store.append(postStream(tenant, 'p1'), [postCreated(tenant, 'p1', 'PO6')]);
    expect(await verify(tenant)).toMatchObject({ ok: true, problems: [], unsealedEvents: 1 });
    const late = await verify(tenant, later(3));
    expect(late.ok).toBe(false);
    expect(late.problems).toEqual([
      expect.stringMatching(/^1 event\(s\) are held and there is no checkpoint; the oldest, recorded at .*, is older than the 2-minute window/),
    ]);
  });

  it('fails when the checkpoint stream is deleted after sealing, even with every chain recomputed', async () => {
    const tenant = newTenant();
    const stream = dealStream(tenant, 'd1');
    await store.append(stream, [fteDealProposed(tenant, 'd1', 400), fteDealApproved(tenant, 'd1')]);
    await seal(tenant);
    editData(stream, 0, 'Agreed by someone else');
    rehash(stream);
    db.prepare('DELETE FROM events WHERE stream = ?').run(checkpointStream(tenant));
    db.prepare('DELETE FROM stream_heads WHERE stream = ?').run(checkpointStream(tenant));
    const report = await verify(tenant, later(3));
    expect(report.firstBroken).toBeUndefined();
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatch(/^2 event\(s\) are held and there is no checkpoint/);
  });

  it('fails when unsealed events wait past the window after the last checkpoint (sealing stopped)', async () => {
    const tenant = newTenant();
    await store.append(postStream(tenant, 'p1'), [postCreated(tenant, 'p1', 'PO6')]);
    await seal(tenant);
    await store.append(postStream(tenant, 'p2'), [postCreated(tenant, 'p2', 'PO7')]);
    const report = await verify(tenant, later(3));
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.stringMatching(/^1 event\(s\) recorded after checkpoint 1; the oldest/)]);
  });

  it('fails on a gap in the checkpoint sequence, signed with the real key and chained correctly', async () => {
    const tenant = newTenant();
    await store.append(postStream(tenant, 'p1'), [postCreated(tenant, 'p1', 'PO6')]);
    const first = (await seal(tenant))!;
    const skipped = signCheckpoint({ ...first.body, sequence: 3 }, keys.privateKey);
    await store.append(checkpointStream(tenant), [
      { eventId: randomUUID(), type: CHECKPOINT_EVENT_TYPE, data: { ...skipped, heads: first.heads }, metadata: metadata(tenant) },
    ]);
    const report = await verify(tenant);
    expect(report.checkpoints.map((c) => [c.sequence, c.ok])).toEqual([
      [1, true],
      [3, true],
    ]);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(['checkpoint sequence jumps from 1 to 3: 1 checkpoint(s) are missing']);
  });

  it('fails a checkpoint whose signature or root was edited', async () => {
    const tenant = newTenant();
    await store.append(postStream(tenant, 'p1'), [postCreated(tenant, 'p1', 'PO6')]);
    await seal(tenant);
    db.prepare(`UPDATE events SET data = json_set(data, '$.body.root', ?) WHERE stream = ?`).run('ab'.repeat(32), checkpointStream(tenant));
    rehash(checkpointStream(tenant));
    const report = await verify(tenant);
    expect(report.ok).toBe(false);
    expect(report.checkpoints[0].problems).toEqual(
      expect.arrayContaining(['the signature does not verify with the published audit key', 'the stream heads in the store do not match the signed root']),
    );
  });

  it('detects events swapped in the global order: the heads still match, the signed log root does not', async () => {
    const tenant = newTenant();
    await store.append(postStream(tenant, 'p1'), [postCreated(tenant, 'p1', 'PO6')]);
    await store.append(postStream(tenant, 'p2'), [postCreated(tenant, 'p2', 'PO7')]);
    await seal(tenant);
    const [a, b] = [rows(postStream(tenant, 'p1'))[0], rows(postStream(tenant, 'p2'))[0]];
    const pa = a.position.commit;
    const pb = b.position.commit;
    const swap = db.transaction(() => {
      db.prepare('UPDATE events SET position = -1 WHERE event_id = ?').run(a.eventId);
      db.prepare('UPDATE events SET position = ? WHERE event_id = ?').run(pa, b.eventId);
      db.prepare('UPDATE events SET position = ? WHERE event_id = ?').run(pb, a.eventId);
    });
    swap();
    const report = await verify(tenant);
    expect(report.firstBroken).toBeUndefined();
    expect(report.checkpoints[0].problems).toEqual([expect.stringMatching(/^the log of the first 2 events does not match the signed log root/)]);
  });

  it('lists sequence problems: a repeat, missing first ones and a rollback', async () => {
    const cp = (sequence: number, events: number) => ({ body: { sequence, events } }) as unknown as Parameters<typeof sequenceProblems>[0][number];
    expect(sequenceProblems([cp(1, 3), cp(2, 5)])).toEqual([]);
    expect(sequenceProblems([cp(2, 3)])).toEqual(['the first checkpoint has sequence 2: checkpoints 1 to 1 are missing']);
    expect(sequenceProblems([cp(1, 3), cp(1, 4)])).toEqual(['two checkpoints have sequence 1']);
    expect(sequenceProblems([cp(1, 5), cp(2, 3)])).toEqual(['checkpoint 2 seals 3 events, fewer than the 5 of checkpoint 1: history was rolled back']);
    expect((await readCheckpoints(store, newTenant())).length).toBe(0);
  });
});
