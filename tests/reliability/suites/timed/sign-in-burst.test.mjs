// Sign-in under bursts: parallel attempts are reserved before any password is hashed, one check
// runs per email and per client address, excess is refused at once with TOO_MANY_ATTEMPTS, and the
// counters are shared, so two replicas on one KurrentDB do not double the limits. Password checks
// are counted from the real process's JSON log ("sign-in password checked", one line per check);
// a /healthz poller prints the worst latency seen during each attack.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { startTestServer } from '@orgledger/kurrentdb-test-server';
import { freshDir, killAllApis, removeTempDirs, startApi } from '../../support/api.mjs';
import { assertClientError, DEMO, DEMO_PASSWORD, gql, signInAnswer } from '../../support/gql.mjs';
import { HOOK_TIMEOUT, sleep } from '../../support/util.mjs';

const EMAIL_LIMIT = 5; // failures per email before delays start (DEFAULT_SIGN_IN_LIMITS)
const ADDRESS_LIMIT = 100; // failures per address in 15 minutes
const HEALTHZ_TARGET_MS = 200;
const POLL_TIMEOUT_MS = 10_000;
const WRONG = (i) => `wrong-password-${i}-${randomUUID().slice(0, 8)}`;
const from = (address) => ({ headers: { 'x-forwarded-for': address }, timeoutMs: 45_000 });

let api;

const checksRun = (proc) =>
  proc
    .output()
    .split('\n')
    .filter((l) => l.includes('"sign-in password checked"')).length;
// the log line is written before the answer; give the pipe a moment to deliver it
const settledChecks = async (procs) => {
  await sleep(300);
  return procs.reduce((n, p) => n + checksRun(p), 0);
};

const errorCode = (res) => res.body?.errors?.[0]?.extensions?.errorCode ?? null;
const ruleOf = (res) => res.body?.errors?.[0]?.extensions?.details?.rule ?? null;
const signedIn = (res) => Boolean(res.body?.data?.signIn?.token);

// Polls /healthz back to back from a worker thread, so the latency measured is the server's and
// not this process's own event loop busy with the burst; stop() resolves with the worst and a count.
const POLLER = `
  const { parentPort, workerData } = require('node:worker_threads');
  let running = true;
  const samples = [];
  parentPort.on('message', () => (running = false));
  (async () => {
    while (running) {
      const started = performance.now();
      // an answer that never came counts as the time waited for it
      await fetch(workerData.url + '/healthz', { signal: AbortSignal.timeout(workerData.timeoutMs) }).then((res) => res.text(), () => null);
      samples.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 10));
    }
    parentPort.postMessage({ worst: Math.round(Math.max(...samples)), samples: samples.length });
  })();
`;
const pollHealth = async (url) => {
  const worker = new Worker(POLLER, { eval: true, workerData: { url, timeoutMs: POLL_TIMEOUT_MS } });
  const result = new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await sleep(100); // a few samples before the attack starts
  return async () => {
    worker.postMessage('stop');
    const out = await result;
    await worker.terminate();
    return out;
  };
};

// The platform's own cost of such a burst: as many requests refused by a resolver's guard with a
// client error ({ me { id } } without a token: the same GraphQL and error path, no throttle), plus
// the same legitimate sign-in (one scrypt). On shared CI cores this alone can exceed 200 ms, which
// no sign-in rule can fix; the floor lets the suite tell the two apart.
const floorFor = async (url, count, legit) => {
  const stopHealth = await pollHealth(url);
  const refused = Array.from({ length: count }, () => gql(url, '{ me { id } }'));
  assert.ok(signedIn(await signInAnswer(url, legit.email, DEMO_PASSWORD, from(legit.address))), 'the legitimate sign-in before the burst');
  await Promise.all(refused);
  return (await stopHealth()).worst;
};

// Prints the worst /healthz latency against the 200 ms target and the platform floor. It asserts
// that /healthz answered every poll (each waits up to 10 s; before the fix it went unanswered for
// longer while 40 scrypt hashes queued). It does not assert the 200 ms itself: on shared CI cores
// the floor alone, a burst of requests that never reach the throttle, is often above it.
const assertResponsive = (health, floor, context) => {
  console.log(
    `${context}: worst /healthz ${health.worst} ms over ${health.samples} polls (target ${HEALTHZ_TARGET_MS} ms: ${health.worst <= HEALTHZ_TARGET_MS ? 'met' : 'NOT met'}; ` +
      `platform floor ${floor} ms for as many requests refused by a guard, without the throttle)`,
  );
  assert.ok(health.worst < POLL_TIMEOUT_MS, `${context}: /healthz went unanswered for ${POLL_TIMEOUT_MS} ms`);
};

// Sends one attempt per entry at once and times a legitimate sign-in of another user meanwhile.
const burst = async (url, attempts, legit) => {
  const stopHealth = await pollHealth(url);
  const answers = attempts.map((a) => signInAnswer(url, a.email, a.password, from(a.address)));
  const started = performance.now();
  const legitAnswer = await signInAnswer(url, legit.email, DEMO_PASSWORD, from(legit.address));
  const legitMs = Math.round(performance.now() - started);
  const all = await Promise.all(answers);
  const health = await stopHealth();
  return { answers: all, legitAnswer, legitMs, health };
};

const refusedOnly = (answers, context, rules) => {
  for (const res of answers.filter((r) => errorCode(r) !== 'SIGN_IN_FAILED' && !signedIn(r))) {
    assertClientError(res, context, { allowed: ['UNAUTHENTICATED'] });
    assert.equal(errorCode(res), 'TOO_MANY_ATTEMPTS', `${context}: ${res.text.slice(0, 200)}`);
    assert.ok(rules.includes(ruleOf(res)), `${context}: refused by ${ruleOf(res)}, expected one of ${rules}`);
    assert.ok(res.body.errors[0].extensions.details.retryAfterSeconds >= 1);
  }
};

before(async () => {
  api = await startApi({ dataDir: freshDir('burst'), timeoutMs: 90_000 });
  // a running server, as an attacker would find it: the first requests compile GraphQL's paths
  for (let i = 0; i < 5; i += 1) await signInAnswer(api.url, `warm.${i}@nowhere.example`, WRONG(i), from('192.0.2.99'));
}, HOOK_TIMEOUT);

after(async () => {
  await killAllApis();
  removeTempDirs();
}, HOOK_TIMEOUT);

test('40 parallel sign-ins for one email (39 wrong, the right one last): checks stay within the limit', { timeout: 60_000 }, async () => {
  const email = DEMO.hr;
  // a botnet: every attempt from its own address, so only the per-email rules stand in the way
  const attempts = Array.from({ length: 39 }, (_, i) => ({ email, password: WRONG(i), address: `198.51.100.${i + 1}` }));
  attempts.push({ email, password: DEMO_PASSWORD, address: '198.51.100.40' });
  const legit = { email: DEMO.auditor, address: '192.0.2.10' };
  const floor = await floorFor(api.url, attempts.length, legit);
  const before = await settledChecks([api]);
  const { answers, legitAnswer, legitMs, health } = await burst(api.url, attempts, legit);
  const checks = (await settledChecks([api])) - before - 1; // minus the legitimate sign-in
  const failedChecks = answers.filter((r) => errorCode(r) === 'SIGN_IN_FAILED').length;
  const right = answers[39];
  console.log(
    `sign-in burst (one email, 40 parallel): ${checks} password checks ran (limit ${EMAIL_LIMIT}), ${answers.length - checks} refused at once; ` +
      `right password last: ${signedIn(right) ? 'signed in' : `refused (${ruleOf(right)})`}; ` +
      `legitimate sign-in of another user: ${legitMs} ms`,
  );
  assert.ok(signedIn(legitAnswer), `the legitimate sign-in was refused: ${legitAnswer.text.slice(0, 200)}`);
  assert.ok(checks <= EMAIL_LIMIT, `${checks} password checks ran for one email, over the limit of ${EMAIL_LIMIT}`);
  assert.equal(failedChecks + (signedIn(right) ? 1 : 0), checks, 'every check that ran is an answer, and no refused attempt was checked');
  // the right password may only win as one of the checks the limit allows, never after 39 guesses
  if (signedIn(right)) assert.ok(failedChecks < EMAIL_LIMIT, 'the right password got in after the limit of wrong guesses');
  refusedOnly(answers, 'a refused attempt in the burst', ['EMAIL_IN_FLIGHT', 'EMAIL_DELAY']);
  assertResponsive(health, floor, 'sign-in burst (one email, 40 parallel)');
});

test('200 parallel sign-ins from one address (200 emails): one check at a time, the rest refused at once', { timeout: 60_000 }, async () => {
  const address = '203.0.113.200';
  const attempts = Array.from({ length: 200 }, (_, i) => ({ email: `spray.${i}.${randomUUID().slice(0, 6)}@nowhere.example`, password: WRONG(i), address }));
  const legit = { email: DEMO.consultant, address: '192.0.2.20' };
  const floor = await floorFor(api.url, attempts.length, legit);
  const before = await settledChecks([api]);
  const { answers, legitAnswer, legitMs, health } = await burst(api.url, attempts, legit);
  const checks = (await settledChecks([api])) - before - 1;
  console.log(
    `sign-in burst (one address, 200 parallel): ${checks} password checks ran (limit ${ADDRESS_LIMIT} per address, one at a time), ` +
      `${answers.length - checks} refused at once; legitimate sign-in from elsewhere: ${legitMs} ms`,
  );
  assert.ok(signedIn(legitAnswer), `the legitimate sign-in was refused: ${legitAnswer.text.slice(0, 200)}`);
  assert.equal(answers.filter((r) => errorCode(r) === 'SIGN_IN_FAILED').length, checks);
  assert.ok(checks <= ADDRESS_LIMIT, `${checks} checks from one address, over the limit of ${ADDRESS_LIMIT}`);
  // one in flight per address: far fewer checks than attempts, whatever the timing
  assert.ok(checks < answers.length / 2, `${checks} of ${answers.length} attempts from one address were checked`);
  refusedOnly(answers, 'a refused attempt from the address', ['ADDRESS_IN_FLIGHT', 'BUSY']);
  assertResponsive(health, floor, 'sign-in burst (one address, 200 parallel)');
});

test('the delay grows per email and is not a lockout: it passes, and a success resets it', { timeout: 60_000 }, async () => {
  const email = 'sam.okafor@meridian.example';
  const address = from('192.0.2.30');
  for (let i = 0; i < EMAIL_LIMIT; i += 1) assert.equal(errorCode(await signInAnswer(api.url, email, WRONG(i), address)), 'SIGN_IN_FAILED');
  const early = await signInAnswer(api.url, email, DEMO_PASSWORD, address);
  assert.equal(ruleOf(early), 'EMAIL_DELAY');
  const wait = early.body.errors[0].extensions.details.retryAfterSeconds;
  assert.equal(wait, 1, 'the first delay is one second');
  await sleep(wait * 1000 + 100);
  assert.equal(errorCode(await signInAnswer(api.url, email, WRONG(9), address)), 'SIGN_IN_FAILED');
  const longer = await signInAnswer(api.url, email, DEMO_PASSWORD, address);
  assert.equal(longer.body.errors[0].extensions.details.retryAfterSeconds, 2, 'the next delay doubles');
  await sleep(2100);
  assert.ok(signedIn(await signInAnswer(api.url, email, DEMO_PASSWORD, address)), 'the right password works once the delay passed');
  assert.equal(errorCode(await signInAnswer(api.url, email, WRONG(10), address)), 'SIGN_IN_FAILED', 'a success reset the delay');
});

test('two replicas on one KurrentDB share the counters: limits are not doubled', { timeout: 180_000 }, async () => {
  const server = await startTestServer({ port: 0 });
  const env = { EVENT_STORE: 'kurrentdb', KURRENTDB_URL: server.url, TOKEN_SECRET: `burst-${randomUUID()}-${randomUUID()}` };
  try {
    const a = await startApi({ dataDir: freshDir('burst-a'), env, timeoutMs: 90_000 });
    const b = await startApi({ dataDir: freshDir('burst-b'), env, timeoutMs: 90_000 });
    const replicas = [a, b];
    // failures alternate between the replicas: each sees the other's
    const email = `nobody.replicated.${randomUUID().slice(0, 6)}@nowhere.example`;
    for (let i = 0; i < EMAIL_LIMIT; i += 1) {
      const res = await signInAnswer(replicas[i % 2].url, email, WRONG(i), from(`198.51.100.${100 + i}`));
      assert.equal(errorCode(res), 'SIGN_IN_FAILED', `attempt ${i + 1} on replica ${'AB'[i % 2]}: ${res.text.slice(0, 200)}`);
    }
    for (const [name, replica] of [
      ['A', a],
      ['B', b],
    ]) {
      const res = await signInAnswer(replica.url, email, WRONG(99), from('198.51.100.150'));
      assert.equal(ruleOf(res), 'EMAIL_DELAY', `replica ${name} counts the failures made through both`);
    }
    // a burst on one email split across both replicas: one check at a time across the cluster
    const target = DEMO.director;
    const before = checksRun(a) + checksRun(b);
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signInAnswer(replicas[i % 2].url, target, WRONG(i), from(`198.51.100.${i + 1}`))));
    const checks = (await settledChecks(replicas)) - before;
    console.log(
      `sign-in burst on two KurrentDB replicas (one email, 40 parallel, 20 each): ${checks} password checks ran (limit ${EMAIL_LIMIT} for both together)`,
    );
    assert.equal(answers.filter((r) => errorCode(r) === 'SIGN_IN_FAILED').length, checks);
    assert.ok(checks <= EMAIL_LIMIT, `${checks} checks across two replicas, over the limit of ${EMAIL_LIMIT}`);
    refusedOnly(answers, 'a refused attempt on a replica', ['EMAIL_IN_FLIGHT', 'EMAIL_DELAY']);
    // the throttle's streams are nobody's tenant data
    const names = new Set(server.log.events.map((e) => e.streamName));
    assert.ok(
      [...names].some((n) => n.startsWith('signInThrottle-')),
      'the counters are kept in KurrentDB',
    );
    assert.ok(![...names].some((n) => n.includes('@')), 'no email in a stream name');
  } finally {
    await killAllApis();
    await server.stop();
  }
});
