import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openSqlite } from '@orgledger/event-store';
import request from 'supertest';
import { main as cli } from '../src/cli/orgledger';
import { createHttpApp, openContext } from '../src/platform/bootstrap';
import { configFromEnv } from '../src/platform/config';
import { captureLogger, DEMO_PASSWORD, startHarness, TEST_ENV } from './support/harness';

const VERIFY = `query($a: ID!) { auditVerification(authorityId: $a) {
  ok checkedAt events sealedUpTo unsealedEvents
  streams { streamName events ok reason revision }
  checkpoints { sequence sealedAt upTo streams events ok problems }
  firstBroken { streamName revision eventId reason }
} }`;
const SEAL = 'mutation { sealAuditCheckpoint(input: { reason: "Before the scrutiny committee" }) { sequence upTo streams events root keyId signature } }';

type Verification = {
  ok: boolean;
  streams: { streamName: string; ok: boolean; reason: string | null }[];
  checkpoints: { sequence: number; ok: boolean; problems: string[] }[];
  firstBroken: { streamName: string; revision: string; eventId: string; reason: string } | null;
  unsealedEvents: number;
};

// The sealed store is copied once per kind of tampering; each copy is changed behind the store's
// back with SQL and then served by a fresh API that does not seed anything.
let sealed: string;
let northshire: string;
let dealStream: string;

beforeAll(async () => {
  const h = await startHarness({ keep: true });
  northshire = h.demo.authorities.northshire;
  const admin = await h.signIn('admin@meridian.example');
  const seal = await h.gql(admin, SEAL);
  expect(seal.body.data!.sealAuditCheckpoint).toMatchObject({ sequence: 1, keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
  // sealing again with nothing new answers the same checkpoint
  expect((await h.gql(admin, SEAL)).body.data!.sealAuditCheckpoint.sequence).toBe(1);
  await h.refused(await h.signIn('auditor@meridian.example'), SEAL, undefined, 'FORBIDDEN');
  await h.refused(await h.signIn('consultant@meridian.example'), SEAL, undefined, 'FORBIDDEN');
  sealed = h.dir;
  await h.close();
  const db = openSqlite(join(sealed, 'events.sqlite'), { readonly: true });
  dealStream = (
    db.prepare(`SELECT stream FROM events WHERE category = 'fteDeals' GROUP BY stream HAVING COUNT(*) >= 3 ORDER BY stream LIMIT 1`).get() as { stream: string }
  ).stream;
  db.close();
}, 90_000);
afterAll(() => rmSync(sealed, { recursive: true, force: true }));

const tampered = async (change: (db: Database.Database) => void) => {
  const dir = mkdtempSync(join(tmpdir(), 'orgledger-tamper-'));
  for (const f of ['events.sqlite', 'credentials.sqlite', 'token-secret', 'audit-signing-key.pem'])
    if (existsSync(join(sealed, f))) copyFileSync(join(sealed, f), join(dir, f));
  const db = openSqlite(join(dir, 'events.sqlite'));
  change(db);
  db.close();
  const ctx = await openContext(configFromEnv({ DATA_DIR: dir, PORT: '0', ...TEST_ENV }));
  const app = await createHttpApp(ctx, captureLogger().logger);
  await app.init();
  const gql = async (token: string | null, query: string, variables?: Record<string, unknown>) => {
    const req = request(app.getHttpServer()).post('/graphql');
    if (token) req.set('authorization', `Bearer ${token}`);
    return (await req.send({ query, variables })).body;
  };
  const token = (
    await gql(null, 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', { i: { email: 'auditor@meridian.example', password: DEMO_PASSWORD } })
  ).data.signIn.token;
  const report = (await gql(token, VERIFY, { a: northshire })).data.auditVerification as Verification;
  await app.close();
  await ctx.readModels.close();
  await ctx.store.close();
  return { dir, report, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};

const runCli = async (args: string[]) => {
  const out: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  try {
    return { code: await cli(args), out: out.join('\n') };
  } finally {
    log.mockRestore();
  }
};

describe('verify', () => {
  it('passes an untouched store: every chain and the checkpoint verify', async () => {
    const { report, cleanup } = await tampered(() => undefined);
    cleanup();
    expect(report.ok).toBe(true);
    expect(report.firstBroken).toBeNull();
    expect(report.checkpoints).toEqual([expect.objectContaining({ sequence: 1, ok: true, problems: [] })]);
    expect(report.streams.length).toBeGreaterThan(10);
    expect(report.streams.every((s) => s.ok)).toBe(true);
    expect(report.streams.some((s) => s.streamName === dealStream)).toBe(true);
    // the auditor is shown Northshire's streams only
    expect(report.streams.some((s) => s.streamName.startsWith('credential-'))).toBe(false);
    expect(report.unsealedEvents).toBe(0);
  });

  it('detects a whole stream deleted (the chains alone cannot): the checkpoint names it, and the CLI fails', async () => {
    const { dir, report, cleanup } = await tampered((db) => {
      db.prepare('DELETE FROM events WHERE stream = ?').run(dealStream);
      db.prepare('DELETE FROM stream_heads WHERE stream = ?').run(dealStream);
    });
    try {
      expect(report.firstBroken).toBeNull(); // every remaining chain is intact
      expect(report.ok).toBe(false);
      expect(report.checkpoints[0].ok).toBe(false);
      expect(report.checkpoints[0].problems).toEqual(
        expect.arrayContaining([expect.stringMatching(new RegExp(`^stream ${dealStream} \\(sealed at revision \\d+\\) is missing$`))]),
      );
      const verify = await runCli(['verify', '--data-dir', dir]);
      expect(verify.code).toBe(2);
      expect(verify.out).toContain(`stream ${dealStream} (sealed at revision`);
    } finally {
      cleanup();
    }
  });

  it('detects an edited event and names the first broken link', async () => {
    let eventId = '';
    const { report, cleanup } = await tampered((db) => {
      eventId = (db.prepare('SELECT event_id FROM events WHERE stream = ? AND revision = 1').get(dealStream) as { event_id: string }).event_id;
      db.prepare(`UPDATE events SET data = json_set(data, '$.reason', 'Quietly rewritten') WHERE event_id = ?`).run(eventId);
    });
    cleanup();
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({ streamName: dealStream, revision: '1', eventId });
    expect(report.firstBroken!.reason).toContain('the event was altered');
    expect(report.streams.find((s) => s.streamName === dealStream)).toMatchObject({ ok: false });
  });

  it('detects events reordered within a stream', async () => {
    const { report, cleanup } = await tampered((db) => {
      const swap = db.prepare('UPDATE events SET revision = ? WHERE stream = ? AND revision = ?');
      swap.run(-1, dealStream, 1);
      swap.run(1, dealStream, 2);
      swap.run(2, dealStream, -1);
    });
    cleanup();
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({ streamName: dealStream, revision: '2' });
    expect(report.firstBroken!.reason).toMatch(/missing or out of order/);
  });

  it("detects a stream's last event removed, which no chain can see", async () => {
    const { report, cleanup } = await tampered((db) => {
      const last = db.prepare('SELECT MAX(revision) AS r FROM events WHERE stream = ?').get(dealStream) as { r: number };
      db.prepare('DELETE FROM events WHERE stream = ? AND revision = ?').run(dealStream, last.r);
      db.prepare('UPDATE stream_heads SET revision = revision - 1 WHERE stream = ?').run(dealStream);
    });
    cleanup();
    expect(report.firstBroken).toBeNull();
    expect(report.checkpoints[0].problems).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^stream ${dealStream} was sealed at revision \\d+ but ends at revision \\d+$`))]),
    );
  });
});
