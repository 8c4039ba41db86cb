// Optimistic concurrency and idempotency under real concurrent HTTP requests, checked in the store.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { freshDir, killAllApis, removeTempDirs, startApi } from '../support/api.mjs';
import { assertClientError, assertData, assertHealthy, claimsOf, codeOf, DEMO, gql, signIn } from '../support/gql.mjs';
import { openEvents } from '../support/store.mjs';
import { HOOK_TIMEOUT } from '../support/util.mjs';

const REGISTER_AUTHORITY = 'mutation($i: RegisterAuthorityInput!) { registerAuthority(input: $i) { id revision } }';
const ADD_DIRECTORATE = 'mutation($i: AddDirectorateInput!) { addDirectorate(input: $i) { id name revision directorates { id name } } }';
const AUTHORITY = 'query($id: ID!) { authority(id: $id) { id revision directorates { id name } } }';
const INVITE_USER = 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id email role authorityId active } token } }';
const ACCEPT = 'mutation($i: UseLinkInput!) { acceptInvitation(input: $i) { token } }';

let api;
let store;
let token;
let tenantId;

before(async () => {
  const dir = freshDir('concurrency');
  api = await startApi({ dataDir: dir });
  store = openEvents(dir);
  ({ token } = await signIn(api.url, DEMO.consultant));
  tenantId = claimsOf(token).tid;
}, HOOK_TIMEOUT);

after(async () => {
  store?.close();
  await killAllApis();
  removeTempDirs();
}, HOOK_TIMEOUT);

const newAuthority = async (label) => {
  const commandId = randomUUID();
  const res = await gql(api.url, REGISTER_AUTHORITY, { i: { name: `Concurrency ${label} Council`, kind: 'District council', commandId } }, { token });
  const { id, revision } = assertData(res, 'registerAuthority').registerAuthority;
  assert.equal(revision, 0);
  const stream = `authority-${tenantId}_${id}`;
  assert.equal(store.ofStream(stream).length, 1, 'the new authority stream holds its registration');
  return { id, stream };
};

// Revisions 0..n-1 with no gap and no repeat.
const assertContiguous = (events, stream) =>
  assert.deepEqual(
    events.map((e) => e.revision),
    events.map((_, i) => i),
    `revisions of ${stream} are not contiguous`,
  );

test('50 concurrent addDirectorate with the same expectedRevision: exactly one wins, 49 CONFLICT, one event', { timeout: 60_000 }, async () => {
  const { id, stream } = await newAuthority('expected-revision');
  const requests = Array.from({ length: 50 }, (_, i) => ({ commandId: randomUUID(), name: `Same revision directorate ${i}` }));
  const answers = await Promise.all(
    requests.map((r) => gql(api.url, ADD_DIRECTORATE, { i: { authorityId: id, name: r.name, expectedRevision: 0, commandId: r.commandId } }, { token })),
  );
  const won = answers.map((a, i) => ({ a, r: requests[i] })).filter(({ a }) => a.body?.data?.addDirectorate);
  const lost = answers.filter((a) => !a.body?.data?.addDirectorate);
  for (const a of lost) assertClientError(a, 'addDirectorate with a stale expectedRevision', { allowed: ['CONFLICT'] });
  assert.equal(won.length, 1, `exactly one request wins (got ${won.length})`);
  assert.equal(lost.length, 49);

  const events = store.ofStream(stream);
  assertContiguous(events, stream);
  assert.deepEqual(
    events.map((e) => e.type),
    ['AuthorityRegistered', 'DirectorateAdded'],
  );
  const winner = won[0];
  assert.equal(events[1].metadata.causationId, winner.r.commandId);
  assert.equal(events[1].data.name, winner.r.name);
  assert.equal(winner.a.body.data.addDirectorate.revision, 1);
  assert.deepEqual(
    winner.a.body.data.addDirectorate.directorates.map((d) => d.name),
    [winner.r.name],
  );
  console.log(`concurrency: same expectedRevision: 50 requests, 1 succeeded, ${lost.length} CONFLICT, ${events.length - 1} event appended`);
});

test('50 concurrent addDirectorate without expectedRevision: bounded retry, CONFLICT never 500, no lost update', { timeout: 60_000 }, async () => {
  const { id, stream } = await newAuthority('retry');
  const requests = Array.from({ length: 50 }, (_, i) => ({ commandId: randomUUID(), name: `Retried directorate ${i}` }));
  const answers = await Promise.all(
    requests.map((r) => gql(api.url, ADD_DIRECTORATE, { i: { authorityId: id, name: r.name, commandId: r.commandId } }, { token })),
  );
  const succeeded = [];
  const conflicted = [];
  answers.forEach((a, i) => {
    if (a.body?.data?.addDirectorate) {
      assert.equal(a.status, 200);
      assert.equal(a.body.errors, undefined);
      succeeded.push(requests[i]);
    } else {
      assertClientError(a, `addDirectorate ${requests[i].name} without expectedRevision`, { allowed: ['CONFLICT'] });
      conflicted.push(requests[i]);
    }
  });
  assert.ok(succeeded.length >= 1, 'at least one concurrent append succeeds');

  const events = store.ofStream(stream);
  assertContiguous(events, stream);
  const added = events.filter((e) => e.type === 'DirectorateAdded');
  assert.equal(added.length, succeeded.length, 'one event per success, none for a CONFLICT');
  assert.equal(events.length, 1 + succeeded.length);
  // every acknowledged request has its own event exactly once; no refused one left anything behind
  for (const r of succeeded) {
    const mine = added.filter((e) => e.metadata.causationId === r.commandId);
    assert.equal(mine.length, 1, `acknowledged ${r.name} appears once`);
    assert.equal(mine[0].data.name, r.name);
  }
  for (const r of conflicted) assert.equal(store.byCausation(r.commandId).length, 0, `refused ${r.name} appended nothing`);

  // the read model holds exactly the stream's directorates, in stream order, at its revision
  const view = assertData(await gql(api.url, AUTHORITY, { id }, { token }), 'authority').authority;
  assert.equal(view.revision, events.length - 1);
  assert.deepEqual(
    view.directorates.map((d) => d.name),
    added.map((e) => e.data.name),
  );
  console.log(
    `concurrency: no expectedRevision: 50 requests, ${succeeded.length} succeeded, ${conflicted.length} CONFLICT after retries, ` +
      `${added.length} events, revisions 0..${events.length - 1} contiguous`,
  );
});

test('20 concurrent identical addDirectorate requests with one commandId: applied once, all answers equal', { timeout: 60_000 }, async () => {
  const { id, stream } = await newAuthority('idempotent');
  const commandId = randomUUID();
  const input = { authorityId: id, name: 'Idempotent directorate', commandId };
  const answers = await Promise.all(Array.from({ length: 20 }, () => gql(api.url, ADD_DIRECTORATE, { i: input }, { token })));
  const first = assertData(answers[0], 'addDirectorate (same commandId)');
  for (const a of answers) assert.deepEqual(assertData(a, 'addDirectorate (same commandId)'), first, 'every answer is the same');
  const events = store.ofStream(stream);
  assertContiguous(events, stream);
  assert.equal(events.length, 2, 'one DirectorateAdded appended');
  assert.equal(store.byCausation(commandId).length, 1);
  assert.equal(first.addDirectorate.revision, 1);
  assert.deepEqual(
    first.addDirectorate.directorates.map((d) => d.name),
    ['Idempotent directorate'],
  );
  // and once more later, sequentially: still nothing new
  assert.deepEqual(assertData(await gql(api.url, ADD_DIRECTORATE, { i: input }, { token }), 'repeat'), first);
  assert.equal(store.ofStream(stream).length, 2);
  console.log('concurrency: same commandId: 20 concurrent + 1 late identical requests, 1 event appended, 21 equal answers');
});

test('10 concurrent identical inviteUser requests with one commandId, then 10 acceptances of the link: one of each event', { timeout: 60_000 }, async () => {
  const { id } = await newAuthority('users');
  const commandId = randomUUID();
  const email = `idempotent.hr.${Date.now()}@concurrency.example`;
  const password = 'Concurrent-registration-2026';
  const input = { email, displayName: 'Idempotent HR Partner', role: 'HR_PARTNER', authorityId: id, commandId };
  const answers = await Promise.all(Array.from({ length: 10 }, () => gql(api.url, INVITE_USER, { i: input }, { token })));
  const first = assertData(answers[0], 'inviteUser (same commandId)');
  for (const a of answers) assert.deepEqual(assertData(a, 'inviteUser (same commandId)'), first); // the same link each time
  // and once more later, once the invitation is in the read models: still the same answer
  assert.deepEqual(assertData(await gql(api.url, INVITE_USER, { i: input }, { token }), 'inviteUser (late retry)'), first);
  assert.deepEqual(
    store.byCausation(commandId).map((e) => e.type),
    ['UserInvited'],
  );
  const accepts = await Promise.all(Array.from({ length: 10 }, () => gql(api.url, ACCEPT, { i: { token: first.inviteUser.token, password } })));
  for (const a of accepts) if (a.body?.errors) assertClientError(a, 'a concurrent acceptance of one link');
  assert.ok(
    accepts.some((a) => a.body?.data?.acceptInvitation),
    'one acceptance went through',
  );
  const userEvents = store.ofStream(`user-${claimsOf(token).tid}_${first.inviteUser.user.id}`).map((e) => e.type);
  assert.deepEqual(userEvents, ['UserInvited', 'InvitationAccepted']);
  const { me } = await signIn(api.url, email, password);
  assert.equal(me.id, first.inviteUser.user.id);
  assert.deepEqual(me.authorityIds, [id]);
  await assertHealthy(api, 'the concurrency suite');
  console.log('concurrency: same commandId inviteUser: 10 concurrent requests, 1 event, 10 equal answers; 10 concurrent acceptances, 1 InvitationAccepted');
});

test('a mismatching expectedRevision on addDirectorate is a CONFLICT with no event', { timeout: 30_000 }, async () => {
  const { id, stream } = await newAuthority('stale');
  const res = await gql(api.url, ADD_DIRECTORATE, { i: { authorityId: id, name: 'Stale', expectedRevision: 7, commandId: randomUUID() } }, { token });
  assertClientError(res, 'addDirectorate with expectedRevision 7 on revision 0', { allowed: ['CONFLICT'] });
  assert.equal(codeOf(res.body), 'CONFLICT');
  assert.equal(store.ofStream(stream).length, 1);
});
