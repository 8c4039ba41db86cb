import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointStream, readCheckpoints, scanHeads, sealCheckpoint } from './checkpoint-store';
import { verifyTenant } from './tenant-verify';
import { dealStream, fteDealApproved, fteDealProposed, newTenant, postCreated, postStream } from './contract-cases/fixtures';
import type { EventStore } from './event-store';
import { openSqliteEventStore } from './sqlite/sqlite-event-store';

const keys = generateKeyPairSync('ed25519');
const actor = { userId: 'system', role: 'tenant_admin', displayName: 'OrgLedger operator' };
let dir: string;
let store: EventStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'orgledger-checkpoint-'));
  store = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const seal = (tenantId: string, at = '2026-03-01T10:00:00.000Z') =>
  sealCheckpoint(store, { tenantId, privateKey: keys.privateKey, publicKey: keys.publicKey, actor, now: new Date(at) });

describe('sealCheckpoint and verifyTenant through the port', () => {
  it('seals only what changed, incrementally, and every checkpoint verifies', async () => {
    const tenant = newTenant();
    expect(await seal(tenant)).toBeNull(); // nothing to seal
    await store.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 400), fteDealApproved(tenant, 'd1')]);
    await store.append(postStream(tenant, 'p1'), [postCreated(tenant, 'p1', 'PO6')]);
    const first = await seal(tenant);
    expect(first?.body).toMatchObject({ sequence: 1, streams: 2, events: 3 });
    expect(await seal(tenant)).toBeNull(); // nothing new
    await store.append(postStream(tenant, 'p2'), [postCreated(tenant, 'p2', 'PO7')]);
    const second = await seal(tenant, '2026-03-02T10:00:00.000Z');
    expect(second?.body).toMatchObject({ sequence: 2, streams: 3, events: 4 });
    expect((await readCheckpoints(store, tenant)).map((c) => c.body.sequence)).toEqual([1, 2]);

    const report = await verifyTenant(store, { tenantId: tenant, publicKey: keys.publicKey });
    expect(report.ok).toBe(true);
    expect(report.checkpoints.map((c) => [c.sequence, c.ok])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(report.streams.map((s) => s.streamName)).toEqual(
      [checkpointStream(tenant), dealStream(tenant, 'd1'), postStream(tenant, 'p1'), postStream(tenant, 'p2')].sort(),
    );
    expect(report.unsealedEvents).toBe(0);
  });

  it("keeps tenants apart and rejects checkpoints under another server's key", async () => {
    const [a, b] = [newTenant('a'), newTenant('b')];
    await store.append(postStream(a, 'p1'), [postCreated(a, 'p1', 'PO6')]);
    await store.append(postStream(b, 'p1'), [postCreated(b, 'p1', 'PO6')]);
    await seal(a);
    expect((await verifyTenant(store, { tenantId: b, publicKey: keys.publicKey })).checkpoints).toEqual([]);
    const other = generateKeyPairSync('ed25519').publicKey;
    const report = await verifyTenant(store, { tenantId: a, publicKey: other });
    expect(report.ok).toBe(false);
    expect(report.checkpoints[0].problems).toEqual(['the signature does not verify with the published audit key']);
  });

  it('counts events after the newest checkpoint as not yet sealed', async () => {
    const tenant = newTenant();
    await store.append(postStream(tenant, 'p1'), [postCreated(tenant, 'p1', 'PO6')]);
    await seal(tenant);
    await store.append(postStream(tenant, 'p2'), [postCreated(tenant, 'p2', 'PO6')]);
    const report = await verifyTenant(store, { tenantId: tenant, publicKey: keys.publicKey });
    expect(report).toMatchObject({ ok: true, unsealedEvents: 1 });
  });

  it('seals heads the caller already read (those of an earlier prefix) as a scan would, and they verify', async () => {
    const tenant = newTenant();
    await store.append(postStream(tenant, 'p1'), [postCreated(tenant, 'p1', 'PO6')]);
    await store.append(dealStream(tenant, 'd1'), [fteDealProposed(tenant, 'd1', 400)]);
    const known = (await scanHeads(store, tenant))!;
    await store.append(postStream(tenant, 'p2'), [postCreated(tenant, 'p2', 'PO7')]); // after the caller's read
    const sealed = await sealCheckpoint(store, {
      tenantId: tenant,
      privateKey: keys.privateKey,
      publicKey: keys.publicKey,
      actor,
      now: new Date('2026-03-01T10:00:00.000Z'),
      known,
    });
    expect(sealed?.body).toMatchObject({ sequence: 1, streams: 2, events: 2 });
    const report = await verifyTenant(store, { tenantId: tenant, publicKey: keys.publicKey });
    expect(report).toMatchObject({ ok: true, unsealedEvents: 1 });
  });
});
