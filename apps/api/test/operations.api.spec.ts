import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite } from '@orgledger/event-store';
import { main as cli } from '../src/cli/orgledger';
import { codeOf, startHarness } from './support/harness';

// Captures what the CLI prints.
const run = async (args: string[]) => {
  const out: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const err = jest.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
  try {
    const code = await cli(args);
    return { code, out: out.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
};

const waitUntil = async (check: () => Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
};

const AUTHORITIES = '{ authorities { id name services { name } programmes { name } } }';

describe('operator CLI and restarts', () => {
  it('lists its commands and explains a missing argument', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['tenant create', 'verify', 'seed-demo']) expect(help.out).toContain(`orgledger ${c}`);
    const h = await startHarness();
    try {
      const missing = await run(['tenant', 'create', '--name', 'X', '--data-dir', h.dir]);
      expect(missing).toEqual({ code: 1, out: 'orgledger: missing --admin-email, --admin-password. See orgledger --help.' });
      const weak = await run(['tenant', 'create', '--name', 'X', '--admin-email', 'x@x.example', '--admin-password', 'short', '--data-dir', h.dir]);
      expect(weak.code).toBe(1);
      expect(weak.out).toMatch(/^orgledger: .*12/);
    } finally {
      await h.close();
    }
  });

  it('creates a tenant that a running API picks up, and verify then passes', async () => {
    const h = await startHarness();
    try {
      const created = await run([
        'tenant',
        'create',
        '--name',
        'Northgate Advisory',
        '--admin-email',
        'ops@northgate.example',
        '--admin-password',
        'a-long-password-9',
        '--data-dir',
        h.dir,
      ]);
      expect(created.code).toBe(0);
      const { tenantId } = JSON.parse(created.out);
      await waitUntil(
        async () =>
          (await h.gql(null, 'mutation { signIn(input: {email: "ops@northgate.example", password: "a-long-password-9"}) { token } }')).body.data != null,
      );
      const token = await h.signIn('ops@northgate.example', 'a-long-password-9');
      const me = await h.gql(token, '{ me { tenantId tenantName role } }');
      expect(me.body.data!.me).toEqual({ tenantId, tenantName: 'Northgate Advisory', role: 'TENANT_ADMIN' });
      const verify = await run(['verify', '--data-dir', h.dir]);
      expect(verify.code).toBe(0);
      expect(verify.out).toContain('verify: every chain is intact');
    } finally {
      await h.close();
    }
  });

  it('names the edited event when a stored row is changed behind the store', async () => {
    const h = await startHarness({ keep: true });
    await h.close();
    try {
      const db = openSqlite(join(h.dir, 'events.sqlite'));
      const row = db.prepare(`SELECT event_id, stream, revision FROM events WHERE type = 'ServiceAdded' ORDER BY rowid LIMIT 1 OFFSET 3`).get() as {
        event_id: string;
        stream: string;
        revision: number;
      };
      db.prepare(`UPDATE events SET data = json_set(data, '$.name', 'Renamed quietly') WHERE event_id = ?`).run(row.event_id);
      db.close();
      const verify = await run(['verify', '--data-dir', h.dir]);
      expect(verify.code).toBe(2);
      const broken = verify.out
        .split('\n')
        .map((l) => (l.startsWith('{') ? JSON.parse(l) : null))
        .find((r) => r && !r.ok);
      expect(broken.firstBroken).toMatchObject({ streamName: row.stream, revision: String(row.revision), eventId: row.event_id });
    } finally {
      rmSync(h.dir, { recursive: true, force: true });
    }
  });

  it('keeps the data across a restart and rebuilds the read models the same from the store', async () => {
    const first = await startHarness({ keep: true });
    const token = await first.signIn('consultant@meridian.example');
    await first.gql(token, 'mutation { registerAuthority(input: {name: "Kept District Council", kind: "District council"}) { id } }');
    const before = (await first.gql(token, AUTHORITIES)).body.data!.authorities;
    const events = await first.eventCount();
    await first.close();

    const again = await startHarness({ dir: first.dir, keep: true });
    expect(await again.eventCount()).toBe(events); // seeding a second time appends nothing
    const t2 = await again.signIn('consultant@meridian.example');
    expect((await again.gql(t2, AUTHORITIES)).body.data!.authorities).toEqual(before);
    await again.close();

    rmSync(join(first.dir, 'read-models.sqlite'));
    const rebuilt = await startHarness({ dir: first.dir });
    const t3 = await rebuilt.signIn('consultant@meridian.example');
    expect((await rebuilt.gql(t3, AUTHORITIES)).body.data!.authorities).toEqual(before);
    expect(codeOf((await rebuilt.gql(null, AUTHORITIES)).body)).toBe('UNAUTHENTICATED');
    await rebuilt.close();
  });
});
