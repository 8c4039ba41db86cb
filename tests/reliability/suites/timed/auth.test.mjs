// Authentication: bad tokens of every kind are UNAUTHENTICATED with no data; failed sign-ins are
// throttled per email (known or not, with one answer) and per client address; and no password, hash
// or token secret ever appears in an answer or in the API process's output.
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createTenantWithCli, freshDir, killAllApis, removeTempDirs, startApi, waitCaughtUp } from '../../support/api.mjs';
import {
  assertClientError,
  assertData,
  assertHealthy,
  claimsOf,
  DEMO,
  http,
  DEMO_PASSWORD,
  gql,
  inviteAndAccept,
  NORTHSHIRE,
  signIn,
  signInAnswer,
} from '../../support/gql.mjs';
import { introspect, SHALLOW_INTROSPECTION } from '../../support/schema.mjs';
import { openEvents } from '../../support/store.mjs';
import { HOOK_TIMEOUT, mapLimit, QUICK } from '../../support/util.mjs';

const B = { name: 'Auth Tenant B Ltd', email: 'admin@auth-b.example', password: 'Auth-B-admin-password-2026' };
const NEW_USER_PASSWORD = 'Freshly-registered-password-2026';
const WRONG = (i) => `wrong-password-${i}-${randomUUID().slice(0, 8)}`;

let api;
let dataDir;
let store;
let secret;
let tenantA;
let tenantB;
let consultant; // { token, me }
let admin;
const responses = []; // the text of every answer in this suite
const sentPasswords = new Set([DEMO_PASSWORD, B.password, NEW_USER_PASSWORD]);
const issuedTokens = new Set();
const record = (text) => responses.push(text);
const call = (query, variables, options = {}) => gql(api.url, query, variables, { ...options, onResponse: record });
const signInAs = async (email, password = DEMO_PASSWORD, options = {}) => {
  sentPasswords.add(password);
  const r = await signIn(api.url, email, password, { ...options, onResponse: record });
  issuedTokens.add(r.token);
  return r;
};
const trySignIn = (email, password, options = {}) => {
  sentPasswords.add(password);
  return signInAnswer(api.url, email, password, { ...options, onResponse: record });
};

const b64url = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const HS256 = { alg: 'HS256', typ: 'JWT' };
const sign = (header, claims, key) => {
  const body = `${b64url(header)}.${typeof claims === 'string' ? b64url(claims) : b64url(claims)}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
};

before(async () => {
  dataDir = freshDir('auth');
  api = await startApi({ dataDir });
  store = openEvents(dataDir);
  secret = readFileSync(join(dataDir, 'token-secret'), 'utf8').trim();
  assert.ok(secret.length >= 32, 'the generated token secret is kept in DATA_DIR/token-secret');
  consultant = await signInAs(DEMO.consultant);
  admin = await signInAs(DEMO.admin);
  tenantA = claimsOf(consultant.token).tid;
  const b = await createTenantWithCli(dataDir, B);
  tenantB = b.tenantId;
  await waitCaughtUp(api, store.head());
  issuedTokens.add((await signInAs(B.email, B.password)).token);
}, HOOK_TIMEOUT);

after(async () => {
  store?.close();
  await killAllApis();
  removeTempDirs();
}, HOOK_TIMEOUT);

// Every protected kind of call answers UNAUTHENTICATED, with no data and no A data, appends nothing.
const PROBES = [
  ['me', '{ me { id email tenantName } }'],
  ['authorities', '{ authorities { id name } }'],
  ['users', '{ users { id email } }'],
  ['two fields', '{ me { id } programmes { id name } }'],
  ['a mutation', 'mutation($i: RegisterAuthorityInput!) { registerAuthority(input: $i) { id } }', { i: { name: 'Should never exist', kind: 'x' } }],
];

const assertRejected = async (label, authorization) => {
  const before = store.count();
  for (const [what, query, variables] of PROBES) {
    const res = await call(query, variables, { headers: authorization === undefined ? {} : { authorization } });
    const context = `${label} → ${what}`;
    assertClientError(res, context, { allowed: ['UNAUTHENTICATED'] });
    const data = res.body.data;
    assert.ok(data === null || data === undefined || Object.values(data).every((v) => v === null), `${context}: no data (${res.text.slice(0, 200)})`);
    assert.ok(!res.text.includes(NORTHSHIRE) && !res.text.includes('Meridian') && !res.text.includes('@meridian.example'), `${context}: no tenant data`);
  }
  assert.equal(store.count(), before, `${label}: nothing appended`);
};

test('forged, expired, malformed, alg=none and other-tenant tokens are UNAUTHENTICATED with no data', { timeout: 60_000 }, async () => {
  const claims = claimsOf(consultant.token);
  const now = Math.floor(Date.now() / 1000);
  const real = Buffer.from(secret, 'utf8');
  const [h, p, s] = consultant.token.split('.');
  const bAdmin = (await signInAs(B.email, B.password)).me;
  const cases = [
    ['no authorization header', undefined],
    ['an empty bearer', 'Bearer '],
    ['forged: signed with another secret', `Bearer ${sign(HS256, claims, 'x'.repeat(64))}`],
    ['forged: signed with an empty secret', `Bearer ${sign(HS256, claims, '')}`],
    ['expired a minute ago', `Bearer ${sign(HS256, { ...claims, iat: now - 7200, exp: now - 60 }, real)}`],
    ['expiring this second', `Bearer ${sign(HS256, { ...claims, exp: now }, real)}`],
    ['exp as a string', `Bearer ${sign(HS256, { ...claims, exp: String(now + 3600) }, real)}`],
    ['no exp', `Bearer ${sign(HS256, { sub: claims.sub, tid: claims.tid, iat: now }, real)}`],
    ['sub as a number', `Bearer ${sign(HS256, { ...claims, sub: 1 }, real)}`],
    ['a payload that is not JSON', `Bearer ${sign(HS256, 'not json at all', real)}`],
    ['alg=none, no signature', `Bearer ${b64url({ alg: 'none', typ: 'JWT' })}.${p}.`],
    ['alg=none with the real signature', `Bearer ${b64url({ alg: 'none', typ: 'JWT' })}.${p}.${s}`],
    ['alg=HS512 header', `Bearer ${sign({ alg: 'HS512', typ: 'JWT' }, claims, real)}`],
    ['alg=RS256 header', `Bearer ${sign({ alg: 'RS256', typ: 'JWT' }, claims, real)}`],
    ['a tampered payload with the original signature', `Bearer ${h}.${b64url({ ...claims, sub: admin.me.id })}.${s}`],
    ['a truncated signature', `Bearer ${consultant.token.slice(0, -3)}`],
    ['four parts', `Bearer ${consultant.token}.extra`],
    ['two parts', `Bearer ${h}.${p}`],
    ['garbage', 'Bearer garbage'],
    ['dots only', 'Bearer ...'],
    ['random base64', `Bearer ${Buffer.from(randomUUID()).toString('base64')}`],
    ['lower-case scheme', `bearer ${consultant.token}`],
    ['Basic scheme', `Basic ${Buffer.from(`${DEMO.consultant}:${DEMO_PASSWORD}`).toString('base64')}`],
    ['the token without a scheme', consultant.token],
    ['an 8 KB token', `Bearer ${'a'.repeat(8_000)}.${'b'.repeat(10)}.${'c'.repeat(10)}`],
    ['other tenant: real secret, tenant B, a user of A', `Bearer ${sign(HS256, { ...claims, tid: tenantB }, real)}`],
    ['other tenant: real secret, tenant A, the admin of B', `Bearer ${sign(HS256, { ...claims, sub: bAdmin.id }, real)}`],
    ['an unknown user of A', `Bearer ${sign(HS256, { ...claims, sub: randomUUID() }, real)}`],
    ['an unknown tenant', `Bearer ${sign(HS256, { ...claims, tid: randomUUID() }, real)}`],
  ];
  for (const [label, authorization] of cases) await assertRejected(label, authorization);
  // a header past Node's limit never reaches the API: a bare 431, not a crash
  const huge = await http(api.url, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${'a'.repeat(100_000)}` },
    body: '{"query":"{ me { id } }"}',
  });
  assert.equal(huge.status, 431, 'a 100 KB authorization header is refused with 431');
  await assertHealthy(api, 'a 100 KB authorization header');
  // and the real token still works, so the cases above were refused for what was wrong with them
  const me = assertData(await call('{ me { id tenantId } }', undefined, { token: consultant.token }), 'me with the real token').me;
  assert.deepEqual(me, { id: claims.sub, tenantId: tenantA });
  console.log(`auth: ${cases.length} bad tokens × ${PROBES.length} operations = ${cases.length * PROBES.length} cases, all UNAUTHENTICATED with no data`);
});

test("a deactivated user's token stops working and the user can no longer sign in", { timeout: 30_000 }, async () => {
  const email = 'director.waste@northshire.example';
  const director = await signInAs(email);
  assertData(await call('{ me { id } }', undefined, { token: director.token }), 'me before deactivation');
  assertData(
    await call(
      'mutation($i: DeactivateUserInput!) { deactivateUser(input: $i) { active } }',
      { i: { userId: director.me.id, commandId: randomUUID() } },
      { token: admin.token },
    ),
    'deactivateUser',
  );
  await assertRejected('a deactivated user', `Bearer ${director.token}`);
  const again = await trySignIn(email, DEMO_PASSWORD);
  assertClientError(again, 'sign-in of a deactivated user', { allowed: ['UNAUTHENTICATED'] });
  assert.equal(again.body.errors[0].message, 'Email or password is not right.');
});

test(
  'repeated failed sign-ins are delayed: the 6th at once says "Too many failed sign-ins", for a known and an unknown email alike',
  { timeout: 60_000 },
  async () => {
    const known = 'sam.okafor@meridian.example';
    const unknown = `nobody.${Date.now()}@nowhere.example`;
    const answers = { known: [], unknown: [] };
    for (let i = 0; i < 5; i++) {
      answers.known.push(await trySignIn(known, WRONG(i)));
      answers.unknown.push(await trySignIn(unknown, WRONG(i)));
    }
    for (const [which, list] of Object.entries(answers)) {
      for (const res of list) {
        assertClientError(res, `failed sign-in (${which})`, { allowed: ['UNAUTHENTICATED'] });
        assert.equal(res.body.errors[0].message, 'Email or password is not right.');
      }
    }
    // a wrong password and an unknown email answer identically
    assert.deepEqual(answers.known[0].body, answers.unknown[0].body);
    // the 6th attempt is refused even with the right password, and says why
    const sixthKnown = await trySignIn(known, DEMO_PASSWORD);
    const sixthUnknown = await trySignIn(unknown, DEMO_PASSWORD);
    for (const [which, res] of [
      ['known', sixthKnown],
      ['unknown', sixthUnknown],
    ]) {
      assertClientError(res, `6th sign-in (${which})`, { allowed: ['UNAUTHENTICATED'] });
      assert.match(res.body.errors[0].message, /^Too many failed sign-ins for this email\. Try again in \d+ seconds?\.$/);
      assert.equal(res.body.errors[0].extensions.details.rule, 'EMAIL_DELAY');
      assert.equal(res.body.data ?? null, null);
    }
    assert.equal(sixthKnown.body.errors[0].message, sixthUnknown.body.errors[0].message, 'same answer for a known and an unknown email');
    assert.equal(sixthKnown.body.errors[0].extensions.errorCode, sixthUnknown.body.errors[0].extensions.errorCode);
    // other emails are not affected
    await signInAs(DEMO.auditor);
    console.log('auth: throttling: 5 failures then "Too many failed sign-ins" for a known and an unknown email, same answers');
  },
);

test('failed sign-ins are throttled per client address too (100 in the window)', { timeout: 180_000 }, async () => {
  // the API trusts X-Forwarded-For from loopback (a proxy in front of it), so each case can be a
  // different client address
  const address = { 'x-forwarded-for': '203.0.113.77' };
  const other = { 'x-forwarded-for': '198.51.100.23' };
  const attempts = Array.from({ length: 100 }, (_, i) => ({ email: `spray.${i}.${Date.now()}@nowhere.example`, password: WRONG(i) }));
  // one at a time: a second check from one address while one runs is refused (sign-in-burst.test.mjs)
  const answers = await mapLimit(attempts, 1, (a) => trySignIn(a.email, a.password, { headers: address }));
  for (const res of answers) assert.equal(res.body.errors[0].message, 'Email or password is not right.');
  const blocked = await trySignIn(DEMO.hr, DEMO_PASSWORD, { headers: address });
  assertClientError(blocked, 'the 101st sign-in from one address', { allowed: ['UNAUTHENTICATED'] });
  assert.match(blocked.body.errors[0].message, /^Too many failed sign-ins from your network\. Try again in \d+ minutes\.$/);
  assert.equal(blocked.body.errors[0].extensions.details.rule, 'ADDRESS_LIMIT');
  const elsewhere = await signInAs(DEMO.hr, DEMO_PASSWORD, { headers: other });
  assert.equal(elsewhere.me.email, DEMO.hr);
  console.log('auth: 100 failed sign-ins from one address (100 emails) → that address throttled, another address unaffected');
});

test('passwords and hashes never come back: users, me, introspection, validation errors', { timeout: 30_000 }, async () => {
  assertData(
    await call('{ users { id email displayName role authorityId serviceId auditorAuthorityIds active } }', undefined, { token: admin.token }),
    'users',
  );
  assertData(await call('{ me { id email } }', undefined, { token: consultant.token }), 'me');
  await call(SHALLOW_INTROSPECTION, undefined, { token: consultant.token });
  const schema = await introspect(api.url, consultant.token);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !type.getFields) continue;
    // inputs may take a password, and mutations may be named after one (changePassword); no output field holds one
    for (const field of Object.keys(type.getFields()))
      assert.ok(!/password|hash|secret/i.test(field) || type.name.endsWith('Input') || type.name === 'Mutation', `${type.name}.${field} is exposed`);
  }
  // an invitation accepted with a refused password (too short), one accepted with a good password,
  // and one whose variables do not fit (the validation error quotes the input back to its sender)
  const authorities = assertData(await call('{ authorities { id name } }', undefined, { token: consultant.token }), 'authorities').authorities;
  const northshire = authorities.find((a) => a.name === NORTHSHIRE).id;
  const weak = 'Wk-7x!q';
  sentPasswords.add(weak);
  const refused = await inviteAndAccept(
    api.url,
    consultant.token,
    { email: 'weak@auth.example', displayName: 'Weak', role: 'HR_PARTNER', authorityId: northshire },
    weak,
    { onResponse: record },
  );
  assertClientError(refused.answers.accepted, 'weak password');
  const email = `new.user.${Date.now()}@auth.example`;
  const made = await inviteAndAccept(
    api.url,
    consultant.token,
    { email, displayName: 'New User', role: 'HR_PARTNER', authorityId: northshire, commandId: randomUUID() },
    NEW_USER_PASSWORD,
    { onResponse: record },
  );
  assertData(made.answers.accepted, 'acceptInvitation');
  await signInAs(email, NEW_USER_PASSWORD);
  const misfit = 'Misfit-password-in-variables-2026';
  sentPasswords.add(misfit);
  const accept = 'mutation($i: UseLinkInput!) { acceptInvitation(input: $i) { token } }';
  assertClientError(await call(accept, { i: { password: misfit } }), 'variables missing the link');
});

test('no answer in this suite contains a password hash, "passwordHash" or the token secret', QUICK, () => {
  assert.ok(responses.length > 150, `answers were recorded (${responses.length})`);
  for (const text of responses) {
    assert.ok(!text.includes('scrypt$'), `an answer holds a scrypt hash: ${text.slice(0, 200)}`);
    assert.ok(!/passwordHash/i.test(text), `an answer mentions passwordHash: ${text.slice(0, 200)}`);
    assert.ok(!text.includes(secret), 'an answer holds the token secret');
  }
  console.log(`auth: ${responses.length} answers checked: no hash, no passwordHash, no token secret`);
});

// The startup banner is the one place the demo password is printed (see the known-bug test below).
const bannerLines = (output) => output.split('\n').filter((l) => /^ {2}demo sign-ins \(password /.test(l));

test('the API output never holds a password sent, a token, a hash or the token secret (outside the demo banner)', { timeout: 30_000 }, async () => {
  await api.stop(); // flushes and closes: the whole output is in
  const output = api.output();
  assert.ok(output.includes('"path":"/graphql"'), 'request logs were captured');
  const banner = bannerLines(output);
  let rest = output;
  for (const line of banner) rest = rest.replace(line, '');
  for (const password of sentPasswords) assert.ok(!rest.includes(password), `the API output holds a password that was sent (${password.slice(0, 4)}…)`);
  for (const token of issuedTokens) assert.ok(!output.includes(token.split('.')[2]), 'the API output holds an issued token');
  assert.ok(!output.includes(secret), 'the API output holds the token secret');
  assert.ok(!output.includes('scrypt$'), 'the API output holds a password hash');
  assert.ok(!/passwordHash/i.test(output), 'the API output mentions passwordHash');
  console.log(`auth: API output (${output.length} bytes) checked for ${sentPasswords.size} passwords sent, ${issuedTokens.size} tokens, the secret and hashes`);
});

// The demo password is printed once, by the start that seeds the demo on an empty store (the README
// publishes it too); a later start on the same data prints no password at all.
test('the demo password appears only in the banner of the start that seeded the demo', { timeout: 60_000 }, async () => {
  const first = api.output();
  assert.equal(bannerLines(first).length, 1, 'the seeding start prints the demo sign-ins once');
  let rest = first;
  for (const line of bannerLines(first)) rest = rest.replace(line, '');
  assert.ok(!rest.includes(DEMO_PASSWORD), 'the demo password appears outside the banner');
  const again = await startApi({ dataDir });
  try {
    await again.stop();
    assert.equal(bannerLines(again.output()).length, 0, 'a later start prints the demo password');
    assert.ok(!again.output().includes(DEMO_PASSWORD));
  } finally {
    await again.stop();
  }
});

// Found by this suite: Nest's ExternalExceptionFilter logs every DomainError thrown by the guard or a
// resolver — a bad token, a NOT_FOUND, a validation error — at level "error" with its stack trace,
// so any unauthenticated client can fill the error log, and real defects drown in it.
test('client errors (bad tokens, refused sign-ins) are not logged as errors with stack traces', () => {
  const output = api.output();
  const errors = output.split('\n').filter((l) => l.includes('"level":"error"'));
  const stacks = errors.filter((l) => /\\n\s+at /.test(l));
  assert.equal(
    errors.length,
    0,
    `${errors.length} error-level lines (${stacks.length} with a stack trace) for client mistakes, e.g. ${(errors[0] ?? '').slice(0, 300)}`,
  );
});
