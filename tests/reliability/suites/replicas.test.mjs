// Two API replicas on one KurrentDB (the in-process wire-compatible test server, reached by the
// real client over gRPC): writes through one are read through the other, concurrent conflicting
// commands resolve by expected revision, and killing a replica loses nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { startTestServer } from '@orgledger/kurrentdb-test-server';
import { API_MAIN, freshDir, killAllApis, poll, removeTempDirs, startApi } from '../support/api.mjs';
import { assertClientError, assertData, claimsOf, DEMO, gql, signIn } from '../support/gql.mjs';
import { HOOK_TIMEOUT } from '../support/util.mjs';

const REGISTER_AUTHORITY = 'mutation($i: RegisterAuthorityInput!) { registerAuthority(input: $i) { id revision } }';
const ADD_DIRECTORATE = 'mutation($i: AddDirectorateInput!) { addDirectorate(input: $i) { id revision directorates { name } } }';
const AUTHORITY = 'query($id: ID!) { authority(id: $id) { id revision directorates { name } } }';

let server;
let env;
let a;
let b;
let token;
let tenantId;

// Events of one stream as the server stored them.
const streamEvents = (stream) =>
  server.log.events
    .filter((e) => e.streamName === stream)
    .map((e) => ({ revision: Number(e.revision), type: e.type, data: JSON.parse(Buffer.from(e.data).toString('utf8')) }));

const authorityOn = async (api, id) => (await gql(api.url, AUTHORITY, { id }, { token })).body?.data?.authority ?? null;

const register = async (api, label) => {
  const res = await gql(api.url, REGISTER_AUTHORITY, { i: { name: `Replica ${label} Council`, kind: 'District council', commandId: randomUUID() } }, { token });
  const { id } = assertData(res, 'registerAuthority').registerAuthority;
  return { id, stream: `authority-${tenantId}_${id}` };
};

before(async () => {
  server = await startTestServer({ port: 0 });
  // one token secret for every replica: a token from one is accepted by the others
  env = { EVENT_STORE: 'kurrentdb', KURRENTDB_URL: server.url, TOKEN_SECRET: `replicas-${randomUUID()}-${randomUUID()}` };
  // the first replica finds an empty store and seeds the demo; the second finds it seeded
  a = await startApi({ dataDir: freshDir('replica-a'), env, timeoutMs: 60_000 });
  b = await startApi({ dataDir: freshDir('replica-b'), env, timeoutMs: 60_000 });
  ({ token } = await signIn(a.url, DEMO.consultant));
  tenantId = claimsOf(token).tid;
}, HOOK_TIMEOUT);

after(async () => {
  await killAllApis();
  await server?.stop();
  removeTempDirs();
}, HOOK_TIMEOUT);

test('a command through one replica is visible through the other', { timeout: 30_000 }, async () => {
  assert.ok(!/Empty store: seeding/.test(b.output()), 'the second replica did not seed the demo again');
  const { id } = await register(a, 'visibility');
  // B's read models follow the shared store through their own subscription
  const seen = await poll('the authority to reach replica B', () => authorityOn(b, id), { timeoutMs: 10_000 });
  assert.equal(seen.revision, 0);
  // B accepts A's token and its own sign-in works: users were projected there too
  const { token: fromB } = await signIn(b.url, DEMO.consultant);
  assert.equal(claimsOf(fromB).tid, tenantId);
});

// Credentials are kept beside the events, in a store every replica shares (one stream per user on
// KurrentDB): a password set through one replica signs in through the other, and a sign-out through
// one ends the session on the other within the short time a replica trusts a token version it read.
test('a password set through one replica signs in through the other, and a sign-out through one holds on both', { timeout: 60_000 }, async () => {
  const { token: admin } = await signIn(a.url, DEMO.admin);
  const email = `replica.${randomUUID().slice(0, 8)}@meridian.example`;
  const password = 'a replica-crossing passphrase 2026';
  // invited through A, accepted through B
  const invited = await gql(
    a.url,
    'mutation($i: InviteUserInput!) { inviteUser(input: $i) { token } }',
    { i: { email, displayName: 'Replica Person', role: 'CONSULTANT' } },
    { token: admin },
  );
  const link = assertData(invited, 'inviteUser').inviteUser.token;
  await poll(
    'the invitation to reach replica B',
    async () => {
      const r = await gql(b.url, 'mutation($i: UseLinkInput!) { acceptInvitation(input: $i) { token } }', { i: { token: link, password } });
      return r.body?.data?.acceptInvitation ?? null;
    },
    { timeoutMs: 10_000 },
  );
  const { token: session } = await signIn(a.url, email, password);
  const ME = '{ me { id } }';
  assertData(await gql(b.url, ME, {}, { token: session }), 'me');
  assertData(await gql(a.url, 'mutation { signOut }', {}, { token: session }), 'signOut');
  assertClientError(await gql(a.url, ME, {}, { token: session }), 'the signed-out token on A', { allowed: ['UNAUTHENTICATED'] });
  await poll(
    'the sign-out to hold on replica B',
    async () => (await gql(b.url, ME, {}, { token: session })).body?.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED',
    { timeoutMs: 10_000 },
  );
});

test('conflicting commands through both replicas at once: one wins, one CONFLICT, no lost update', { timeout: 60_000 }, async () => {
  for (let round = 0; round < 3; round += 1) {
    const { id, stream } = await register(a, `conflict ${round}`);
    await poll('the authority to reach replica B', () => authorityOn(b, id), { timeoutMs: 10_000 });
    const attempts = [a, b].map((api, i) => ({ api, name: `Round ${round} directorate via ${i ? 'B' : 'A'}` }));
    const answers = await Promise.all(
      attempts.map(({ api, name }) => gql(api.url, ADD_DIRECTORATE, { i: { authorityId: id, name, expectedRevision: 0, commandId: randomUUID() } }, { token })),
    );
    const won = answers.filter((r) => r.body?.data?.addDirectorate);
    const lost = answers.filter((r) => !r.body?.data?.addDirectorate);
    assert.equal(won.length, 1, `round ${round}: exactly one replica wins`);
    for (const r of lost) assertClientError(r, `round ${round}: the losing replica`, { allowed: ['CONFLICT'] });
    const events = streamEvents(stream);
    assert.deepEqual(
      events.map((e) => [e.revision, e.type]),
      [
        [0, 'AuthorityRegistered'],
        [1, 'DirectorateAdded'],
      ],
    );
    const winner = won[0].body.data.addDirectorate.directorates.map((d) => d.name);
    assert.deepEqual(winner, [events[1].data.name]);
    // both replicas converge on the one stored outcome
    for (const api of [a, b]) {
      await poll(`replica ${api === a ? 'A' : 'B'} to show the winner`, async () => (await authorityOn(api, id))?.revision === 1, { timeoutMs: 10_000 });
      assert.deepEqual(
        (await authorityOn(api, id)).directorates.map((d) => d.name),
        winner,
      );
    }
  }
});

test('killing one replica loses nothing: the other carries on and a new replica rebuilds everything', { timeout: 90_000 }, async () => {
  const acknowledged = [];
  for (let i = 0; i < 5; i += 1) acknowledged.push(await register(a, `before kill ${i}`));
  await a.kill('SIGKILL');
  const afterKill = await register(b, 'after kill');
  const c = await startApi({ dataDir: freshDir('replica-c'), env, timeoutMs: 60_000 });
  for (const { id, stream } of [...acknowledged, afterKill]) {
    assert.equal(streamEvents(stream).length, 1, `${stream} is stored once`);
    for (const api of [b, c]) {
      const seen = await poll(`${id} on a surviving replica`, () => authorityOn(api, id), { timeoutMs: 15_000 });
      assert.equal(seen.revision, 0);
    }
  }
  await c.stop();
});

test('EVENT_STORE=kurrentdb without KURRENTDB_URL, or an unknown store, stops at start-up with a clear message', { timeout: 60_000 }, () => {
  for (const [extra, message] of [
    [{ EVENT_STORE: 'kurrentdb' }, /EVENT_STORE=kurrentdb needs KURRENTDB_URL/],
    [{ EVENT_STORE: 'postgres' }, /EVENT_STORE must be sqlite or kurrentdb, not postgres/],
  ]) {
    const { KURRENTDB_URL: _unset, ...inherited } = process.env;
    const run = spawnSync(process.execPath, [API_MAIN], {
      env: { ...inherited, PORT: '0', DATA_DIR: freshDir('config'), ...extra },
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, message);
  }
});
