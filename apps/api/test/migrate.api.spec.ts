// `orgledger migrate`: the demo store copied into KurrentDB (the real client against the in-process
// test server), interrupted part-way, resumed, and verified event for event.
import { sendDirect } from '../src/platform/command-handler';
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKurrentDbEventStore, openSqliteEventStore, sealCheckpoint, verifyTenant, type EventStore, type RecordedEvent } from '@orgledger/event-store';
import { startTestServer, type TestServer } from '@orgledger/kurrentdb-test-server';
import { checkMigration, migrateCommand, migrateEvents } from '../src/cli/migrate';
import { seedDemo } from '../src/demo/seed';
import { openCredentialStore, openKurrentDbCredentialStore } from '../src/platform/auth/credential-store';
import type { IdentityDeps } from '../src/tenancy/invitations';

const all = async (store: EventStore) => {
  const out: RecordedEvent[] = [];
  for await (const e of store.readAll()) out.push(e);
  return out;
};
const identity = (e: RecordedEvent) => [e.streamName, e.revision, e.eventId, e.type, e.prevHash, e.hash];

let dir: string;
let server: TestServer;
let sourceEvents: RecordedEvent[];
let demoTenant: string;
const logs: string[] = [];
const auditKey = generateKeyPairSync('ed25519');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'orgledger-migrate-'));
  const source = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
  const credentials = openCredentialStore(dir);
  const deps: IdentityDeps = { store: source, credentials, config: { tokenSecret: randomBytes(48) }, send: sendDirect({ store: source, readModels: null }) };
  demoTenant = (await seedDemo(deps)).tenantId;
  await credentials.close();
  // a sealed checkpoint, which must still verify in the copy although every position differs there
  const sealed = await sealCheckpoint(source, {
    tenantId: demoTenant,
    ...auditKey,
    actor: { userId: 'system', role: 'tenant_admin', displayName: 'test' },
    now: new Date(),
  });
  expect(sealed).not.toBeNull();
  sourceEvents = await all(source);
  await source.close();
  server = await startTestServer({ port: 0 });
  jest.spyOn(console, 'log').mockImplementation((line: unknown) => void logs.push(String(line)));
});

afterAll(async () => {
  jest.restoreAllMocks();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('copies the demo store, resumes after an interruption, and verifies order, ids and hashes', async () => {
  expect(sourceEvents.length).toBeGreaterThan(100);
  const source = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
  const target = openKurrentDbEventStore({ connectionString: server.url });
  const stopAt = Math.floor(sourceEvents.length / 3);
  const interrupted = migrateEvents(source, target, {
    batchEvents: 5,
    onProgress: (copied) => {
      if (copied >= stopAt) throw new Error('connection lost');
    },
  });
  await expect(interrupted).rejects.toThrow('connection lost');
  const partial = server.log.events.length;
  expect(partial).toBeGreaterThanOrEqual(stopAt);
  expect(partial).toBeLessThan(sourceEvents.length);
  await target.close();
  await source.close();

  // the operator runs the same command again
  expect(await migrateCommand(dir, server.url)).toBe(0);
  const migrated = logs.map((l) => JSON.parse(l) as Record<string, any>).find((l) => l.migrated)!.migrated;
  expect(migrated).toMatchObject({ copied: sourceEvents.length - partial, skipped: partial });
  const verified = logs.map((l) => JSON.parse(l) as Record<string, any>).find((l) => l.verified)!.verified;
  expect(verified).toMatchObject({ ok: true, events: sourceEvents.length });
  expect(verified.tenants.length).toBeGreaterThanOrEqual(2);
  // the passwords set through invitations came along: the cluster's credential store has them
  const copiedCredentials = logs.map((l) => JSON.parse(l) as Record<string, any>).find((l) => 'credentials' in l)!.credentials;
  expect(copiedCredentials).toBeGreaterThan(5);
  const embedded = openCredentialStore(dir);
  const cluster = openKurrentDbCredentialStore(server.url);
  const user = sourceEvents.find((e) => e.type === 'InvitationAccepted')!;
  const userId = (user.data as { userId: string }).userId;
  expect(await cluster.passwordHashOf(user.metadata.tenantId, userId)).toEqual(await embedded.passwordHashOf(user.metadata.tenantId, userId));
  expect(await cluster.passwordHashOf(user.metadata.tenantId, userId)).toMatch(/^scrypt\$/);
  expect(await cluster.tokenVersionOf(user.metadata.tenantId, userId)).toEqual(await embedded.tokenVersionOf(user.metadata.tenantId, userId));
  await embedded.close();
  await cluster.close();

  const copy = openKurrentDbEventStore({ connectionString: server.url });
  expect((await all(copy)).map(identity)).toEqual(sourceEvents.map(identity));
  const audit = await verifyTenant(copy, { tenantId: demoTenant, publicKey: auditKey.publicKey });
  expect(audit.checkpoints).toEqual([expect.objectContaining({ sequence: 1, ok: true })]);
  expect(audit.ok).toBe(true);
  // a third run copies nothing and still verifies
  const reopened = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
  expect(await migrateEvents(reopened, copy)).toMatchObject({ copied: 0, skipped: sourceEvents.length });
  await reopened.close();
  await copy.close();
}, 120_000);

it('refuses to mix histories when the target already holds a different event in one of the streams', async () => {
  const other = await startTestServer({ port: 0 });
  const source = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
  const target = openKurrentDbEventStore({ connectionString: other.url });
  const [first] = sourceEvents;
  await target.append(first.streamName, [{ eventId: '0190a9b4-0000-7000-8000-000000000001', type: first.type, data: first.data, metadata: first.metadata }]);
  await expect(migrateEvents(source, target)).rejects.toThrow(/refusing to mix histories/);
  expect((await checkMigration(source, target)).ok).toBe(false);
  await target.close();
  await source.close();
  await other.stop();
}, 60_000);

// The operator CLI as a real process, SIGKILLed part-way through the copy, then run again.
const CLI = join(__dirname, '..', 'bin', 'orgledger.js');
const runCli = (args: string[]) => {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
};

it('resumes after the CLI process is killed mid-copy and ends with an exact, verified copy', async () => {
  if (!existsSync(join(__dirname, '..', 'dist', 'cli', 'orgledger.js'))) throw new Error('build the API first (npm run build)');
  const target = await startTestServer({ port: 0 });
  const first = runCli(['migrate', '--from-data-dir', dir, '--to', target.url]);
  const third = Math.floor(sourceEvents.length / 3);
  const deadline = Date.now() + 60_000;
  while (target.log.events.length < third && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  first.child.kill('SIGKILL');
  await first.exited;
  const copiedBeforeKill = target.log.events.length;
  expect(copiedBeforeKill).toBeGreaterThan(0);
  expect(copiedBeforeKill).toBeLessThan(sourceEvents.length);

  const second = runCli(['migrate', '--from-data-dir', dir, '--to', target.url]);
  expect(await second.exited).toBe(0);
  expect(second.output()).toContain('"verified":{"ok":true');
  const copy = openKurrentDbEventStore({ connectionString: target.url });
  expect((await all(copy)).map(identity)).toEqual(sourceEvents.map(identity));
  await copy.close();
  await target.stop();
}, 120_000);
