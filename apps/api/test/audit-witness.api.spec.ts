// Tampering by someone with write access to the data folder (and, in some cases, the signing key
// beside it), detected by `orgledger verify` or by the auditors' witness log.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import request from 'supertest';
import { eventHash, GENESIS_HASH, openSqlite, openSqliteEventStore, streamName } from '@orgledger/event-store';
import { sealAllTenants } from '../src/audit/audit-sealer';
import { buildExport } from '../src/audit/export-build';
import { loadAuditSigningKey } from '../src/platform/signing-key';
import { toJsonLines, witnessEntries } from '../src/audit/witness-log';
import { main as cli } from '../src/cli/orgledger';
import { openContext } from '../src/platform/bootstrap';
import { commandMeta, SYSTEM_ACTOR } from '../src/platform/app-context';
import { configFromEnv } from '../src/platform/config';
import { addUserWithPassword } from '../src/tenancy/invitations';
import { startHarness } from './support/harness';

const SEAL = 'mutation { sealAuditCheckpoint(input: { reason: "Witnessed by internal audit" }) { sequence events } }';

let files: string; // the auditor's machine
let sealed: string; // the server's data folder after two witnessed checkpoints
let tenantId: string;
let northshire: string;
let exportFile: string;
const keyFile = () => join(files, 'audit-key.pem');
const witnessLog = () => join(files, 'witness.jsonl');

// A slow run must not cross the seal grace window between sealing and verifying: the window is
// tested where it is the point (AUDIT_SEAL_GRACE_MINUTES 0), and is long everywhere else.
const runCli = async (args: string[], given: Record<string, string> = {}) => {
  const env = { AUDIT_SEAL_GRACE_MINUTES: '600', ...given };
  const out: string[] = [];
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const log = jest.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const err = jest.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
  try {
    return { code: await cli(args), out: out.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
};
const tenantLine = (out: string) =>
  out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l))
    .find((r) => r.tenantId === tenantId);

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'orgledger-auditor-'));
  const h = await startHarness({ keep: true });
  tenantId = h.demo.tenantId;
  northshire = h.demo.authorities.northshire;
  const server = request(h.app.getHttpServer());
  writeFileSync(keyFile(), (await server.get('/.well-known/orgledger-audit-key')).text);
  const admin = await h.signIn('admin@meridian.example');
  const auditor = await h.signIn('auditor@meridian.example');
  const download = async (token: string, since?: number) => {
    const res = await server
      .get(`/exports/witness.jsonl${since === undefined ? '' : `?since=${since}`}`)
      .set('authorization', `Bearer ${token}`)
      .buffer(true);
    expect(res.status).toBe(200);
    const file = join(files, `download-${Date.now()}-${Math.random()}.jsonl`);
    writeFileSync(file, res.text);
    return file;
  };
  // only tenant admins and auditors download it
  const consultant = await h.signIn('consultant@meridian.example');
  expect((await server.get('/exports/witness.jsonl').set('authorization', `Bearer ${consultant}`)).status).toBe(403);
  expect((await server.get('/exports/witness.jsonl?since=x').set('authorization', `Bearer ${auditor}`)).status).toBe(400);

  expect((await h.gql(admin, SEAL)).body.data!.sealAuditCheckpoint.sequence).toBe(1);
  const first = await runCli(['witness', '--log', witnessLog(), '--ingest', await download(auditor), '--public-key', keyFile()]);
  expect(first).toMatchObject({ code: 0 });
  expect(first.out).toContain('witness: 1 new checkpoint(s) recorded');
  // more history, a second checkpoint, proven to extend the first
  await addUserWithPassword(
    h.ctx,
    commandMeta(tenantId, SYSTEM_ACTOR, {}),
    { email: 'late.officer@meridian.example', displayName: 'Late Officer', role: 'consultant' },
    'a long enough password 1',
  );
  expect((await h.gql(admin, SEAL)).body.data!.sealAuditCheckpoint.sequence).toBe(2);
  const second = await runCli(['witness', '--log', witnessLog(), '--ingest', await download(auditor, 1), '--public-key', keyFile()]);
  expect(second.code).toBe(0);
  expect(second.out).toContain('witness: 1 new checkpoint(s) recorded, 0 already witnessed; newest is 2');
  const entries = readFileSync(witnessLog(), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(entries.map((e) => [e.body.sequence, e.body.format])).toEqual([
    [1, 'orgledger-checkpoint/2'],
    [2, 'orgledger-checkpoint/2'],
  ]);
  expect(entries[1].consistency).toMatchObject({ fromSequence: 1, fromSize: entries[0].body.events, proof: expect.any(Array) });
  // an export sealed by checkpoint 2 verifies against the witness log
  exportFile = join(files, 'register.jsonl');
  const exported = await server.get(`/exports/authorities/${northshire}/decisions.jsonl`).set('authorization', `Bearer ${auditor}`).buffer(true);
  writeFileSync(exportFile, exported.text);
  const verified = await runCli(['verify-export', exportFile, '--public-key', keyFile(), '--witness', witnessLog()]);
  expect(verified.code).toBe(0);
  sealed = h.dir;
  await h.close();
}, 120_000);
afterAll(() => {
  rmSync(files, { recursive: true, force: true });
  rmSync(sealed, { recursive: true, force: true });
});

// A copy of the server's folder, changed with SQL behind the store's back.
const tampered = (change: (db: Database.Database) => void) => {
  const dir = mkdtempSync(join(tmpdir(), 'orgledger-tamper-'));
  for (const f of ['events.sqlite', 'token-secret', 'audit-signing-key.pem']) if (existsSync(join(sealed, f))) copyFileSync(join(sealed, f), join(dir, f));
  const db = openSqlite(join(dir, 'events.sqlite'));
  change(db);
  db.close();
  return dir;
};

// What an attacker does after editing: every hash of the stream recomputed from the stored rows.
const rechain = (db: Database.Database, stream: string) => {
  let prev = GENESIS_HASH;
  const rows = db.prepare('SELECT event_id, revision, type, data, metadata FROM events WHERE stream = ? ORDER BY revision').all(stream) as {
    event_id: string;
    revision: number;
    type: string;
    data: string;
    metadata: string;
  }[];
  for (const r of rows) {
    const hash = eventHash(prev, {
      streamName: stream,
      revision: BigInt(r.revision),
      eventId: r.event_id,
      type: r.type,
      data: JSON.parse(r.data),
      metadata: JSON.parse(r.metadata),
    });
    db.prepare('UPDATE events SET prev_hash = ?, hash = ? WHERE event_id = ?').run(prev, hash, r.event_id);
    prev = hash;
  }
  db.prepare('UPDATE stream_heads SET hash = ? WHERE stream = ?').run(prev, stream);
};

const agreedDeal = (db: Database.Database) =>
  db.prepare(`SELECT stream, event_id FROM events WHERE type = 'FteDealAgreed' AND tenant_id = ? ORDER BY position LIMIT 1`).get(tenantId) as {
    stream: string;
    event_id: string;
  };
const rewriteAgreement = (db: Database.Database) => {
  const { stream, event_id } = agreedDeal(db);
  db.prepare(
    `UPDATE events SET metadata = json_set(metadata, '$.reason', 'Agreed without conditions', '$.actor.displayName', 'Someone Else') WHERE event_id = ?`,
  ).run(event_id);
  rechain(db, stream);
  return stream;
};
const deleteCheckpoints = (db: Database.Database) => {
  db.prepare('DELETE FROM events WHERE stream = ?').run(streamName('audit', tenantId, tenantId));
  db.prepare('DELETE FROM stream_heads WHERE stream = ?').run(streamName('audit', tenantId, tenantId));
};

// The attacker re-seals with the key found beside the data, and the server then publishes that.
const resealAndPublish = async (dir: string) => {
  const store = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
  try {
    await sealAllTenants(store, loadAuditSigningKey(dir));
    const file = join(files, `published-${Date.now()}.jsonl`);
    writeFileSync(file, toJsonLines(await witnessEntries(store, tenantId)));
    return file;
  } finally {
    await store.close();
  }
};

describe('tampering with the key beside the data: verify alone is fooled, the witness is not', () => {
  it('edited FteDealAgreed (reason, actor), chain recomputed, checkpoints deleted and re-sealed: witness reports a FORK', async () => {
    const dir = tampered((db) => {
      rewriteAgreement(db);
      deleteCheckpoints(db);
    });
    try {
      const published = await resealAndPublish(dir);
      // the store now holds a normal-looking checkpoint over the rewritten history
      expect((await runCli(['verify', '--data-dir', dir])).code).toBe(0);
      const before = readFileSync(witnessLog(), 'utf8');
      const witness = await runCli(['witness', '--log', witnessLog(), '--ingest', published, '--public-key', keyFile()]);
      expect(witness.code).toBe(2);
      expect(witness.out).toMatch(/witness: REJECTED — FORK: checkpoint 1 differs from the one already witnessed/);
      expect(readFileSync(witnessLog(), 'utf8')).toBe(before); // nothing appended
      const verify = await runCli(['verify', '--data-dir', dir, '--witness', witnessLog()]);
      expect(verify.code).toBe(2);
      expect(tenantLine(verify.out).problems).toEqual(
        expect.arrayContaining([expect.stringMatching(/^FORK: stored checkpoint 1 \(root [0-9a-f]{64}\) differs from the witnessed one/)]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an export sealed by the re-signed checkpoint is refused by verify-export with the witness log', async () => {
    const dir = tampered((db) => {
      rewriteAgreement(db);
      deleteCheckpoints(db);
    });
    try {
      await resealAndPublish(dir);
      const ctx = await openContext(configFromEnv({ DATA_DIR: dir, PORT: '0' }));
      const auditor = {
        tenantId,
        userId: 'auditor',
        role: 'auditor',
        displayName: 'Auditor',
        email: 'auditor@meridian.example',
        active: true,
        authorityIds: [northshire],
      } as never;
      const text = await buildExport(ctx, auditor, { authorityId: northshire, name: 'Northshire' }, 'jsonl');
      await ctx.readModels.close();
      await ctx.store.close();
      const file = join(files, 'forged-register.jsonl');
      writeFileSync(file, text!);
      // signed with the real key, so the key alone accepts it
      expect((await runCli(['verify-export', file, '--public-key', keyFile()])).code).toBe(0);
      const refused = await runCli(['verify-export', file, '--public-key', keyFile(), '--witness', witnessLog()]);
      expect(refused.code).toBe(2);
      expect(refused.out).toMatch(/verify-export: REJECTED — FORK: the export's checkpoint \d+ \(root [0-9a-f]{64}\) differs from the witnessed one/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a deleted tail with its checkpoint (rolled back to checkpoint 1): witness reports a ROLLBACK', async () => {
    const dir = tampered((db) => {
      const cp1 = JSON.parse(
        (db.prepare('SELECT data FROM events WHERE stream = ? AND revision = 0').get(streamName('audit', tenantId, tenantId)) as { data: string }).data,
      );
      const kept = db
        .prepare('SELECT position FROM events WHERE tenant_id = ? AND category != ? ORDER BY position LIMIT 1 OFFSET ?')
        .get(tenantId, 'audit', cp1.body.events - 1) as { position: number };
      for (const { stream } of db
        .prepare('SELECT DISTINCT stream FROM events WHERE tenant_id = ? AND position > ? AND category != ?')
        .all(tenantId, kept.position, 'audit') as { stream: string }[]) {
        db.prepare('DELETE FROM events WHERE stream = ? AND position > ?').run(stream, kept.position);
        const head = db.prepare('SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1').get(stream) as
          { revision: number; hash: string } | undefined;
        if (head) db.prepare('UPDATE stream_heads SET revision = ?, hash = ? WHERE stream = ?').run(head.revision, head.hash, stream);
        else db.prepare('DELETE FROM stream_heads WHERE stream = ?').run(stream);
      }
      db.prepare('DELETE FROM events WHERE stream = ? AND revision > 0').run(streamName('audit', tenantId, tenantId));
      db.prepare('UPDATE stream_heads SET revision = 0, hash = (SELECT hash FROM events WHERE stream = ? AND revision = 0) WHERE stream = ?').run(
        streamName('audit', tenantId, tenantId),
        streamName('audit', tenantId, tenantId),
      );
    });
    try {
      const store = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
      const published = join(files, 'rolled-back.jsonl');
      writeFileSync(published, toJsonLines(await witnessEntries(store, tenantId, 2)));
      await store.close();
      expect((await runCli(['verify', '--data-dir', dir])).code).toBe(0); // checkpoint 1 still matches
      const witness = await runCli(['witness', '--log', witnessLog(), '--ingest', published, '--public-key', keyFile()]);
      expect(witness.code).toBe(2);
      expect(witness.out).toContain("witness: REJECTED — ROLLBACK: the server's newest checkpoint is 1, but checkpoint 2 was already witnessed");
      const verify = await runCli(['verify', '--data-dir', dir, '--witness', witnessLog()]);
      expect(verify.code).toBe(2);
      expect(tenantLine(verify.out).problems).toEqual([expect.stringMatching(/^witnessed checkpoint 2 \(sealed at .*\) is missing from the store$/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('tampering without the key: verify names what broke', () => {
  it('edited FteDealAgreed with its chain recomputed: the checkpoint names the stream', async () => {
    let stream = '';
    const dir = tampered((db) => (stream = rewriteAgreement(db)));
    try {
      const verify = await runCli(['verify', '--data-dir', dir]);
      expect(verify.code).toBe(2);
      const report = tenantLine(verify.out);
      expect(report.firstBroken).toBeUndefined();
      expect(report.checkpoints.flatMap((c: { problems: string[] }) => c.problems)).toEqual(
        expect.arrayContaining([expect.stringMatching(new RegExp(`^stream ${stream} revision \\d+ has hash [0-9a-f]{64}, sealed as [0-9a-f]{64}$`))]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the checkpoint stream deleted: verify fails once the grace window has passed, and the witness log shows what is missing', async () => {
    const dir = tampered(deleteCheckpoints);
    try {
      // within the window (a long one, so a slow run cannot cross it): not yet suspicious
      expect((await runCli(['verify', '--data-dir', dir], { AUDIT_SEAL_GRACE_MINUTES: '600' })).code).toBe(0);
      const late = await runCli(['verify', '--data-dir', dir], { AUDIT_SEAL_GRACE_MINUTES: '0' });
      expect(late.code).toBe(2);
      expect(tenantLine(late.out).problems).toEqual([
        expect.stringMatching(/^\d+ event\(s\) are held and there is no checkpoint; the oldest, recorded at .*, is older than the 0-minute window/),
      ]);
      // inside the window, the witness log alone shows what was deleted
      const witnessed = await runCli(['verify', '--data-dir', dir, '--witness', witnessLog()]);
      expect(witnessed.code).toBe(2);
      expect(tenantLine(witnessed.out).problems).toEqual([
        expect.stringMatching(/^witnessed checkpoint 1 .* is missing from the store$/),
        expect.stringMatching(/^witnessed checkpoint 2 .* is missing from the store$/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the tenant's creation event deleted: the tenant is still verified and the report names it", async () => {
    const tenantStream = streamName('tenant', tenantId, tenantId);
    const dir = tampered((db) => {
      db.prepare('DELETE FROM events WHERE stream = ?').run(tenantStream);
      db.prepare('DELETE FROM stream_heads WHERE stream = ?').run(tenantStream);
    });
    try {
      const verify = await runCli(['verify', '--data-dir', dir]);
      expect(verify.code).toBe(2);
      const report = tenantLine(verify.out);
      expect(report.problems).toContain(`the tenant's creation event (stream ${tenantStream} revision 0) is missing`);
      expect(report.checkpoints.flatMap((c: { problems: string[] }) => c.problems)).toEqual(
        expect.arrayContaining([expect.stringMatching(new RegExp(`^stream ${tenantStream} \\(sealed at revision \\d+\\) is missing$`))]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an edited recorded_at: the event's hash (version 2) no longer matches", async () => {
    let eventId = '';
    const dir = tampered((db) => {
      eventId = agreedDeal(db).event_id;
      db.prepare(`UPDATE events SET recorded_at = '2024-01-01T00:00:00.000Z' WHERE event_id = ?`).run(eventId);
    });
    try {
      const verify = await runCli(['verify', '--data-dir', dir]);
      expect(verify.code).toBe(2);
      expect(tenantLine(verify.out).firstBroken).toMatchObject({ eventId, reason: expect.stringMatching(/: the event was altered$/) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
