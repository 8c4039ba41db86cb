// Crash safety: four clients drive commands while the API is killed with SIGKILL at random moments
// and restarted on the same data folder. Afterwards every acknowledged command is in the store
// exactly once, nothing exists for a request that never reached the server, every registered user can
// sign in, the hash chains verify, and the read models equal a rebuild from the store.
//
// Reproduce a run with RELIABILITY_SEED=<seed printed below>.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { freshDir, killAllApis, removeTempDirs, runCli, startApi } from '../support/api.mjs';
import { assertData, claimsOf, DEMO, EASTBROOK, gql, NORTHSHIRE, signIn } from '../support/gql.mjs';
import { openEvents } from '../support/store.mjs';
import { deferred, HOOK_TIMEOUT, neverReachedServer, networkCode, seedFromEnv, seededRandom, sleep } from '../support/util.mjs';

const CLIENTS = 4;
const KILLS = 12;

const DOCS = {
  registerAuthority: 'mutation($i: RegisterAuthorityInput!) { registerAuthority(input: $i) { id name kind revision } }',
  addDirectorate: 'mutation($i: AddDirectorateInput!) { addDirectorate(input: $i) { id revision directorates { id name } } }',
  addService: 'mutation($i: AddServiceInput!) { addService(input: $i) { id revision services { id name directorateId } } }',
  startProgramme: 'mutation($i: StartProgrammeInput!) { startProgramme(input: $i) { id authorityId name } }',
  inviteUser: 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id email role authorityId serviceId } token } }',
};

// The events each command appends, once each (at least these: the API may add more, e.g. a programme
// now also seeds its activity taxonomy — the exact list per command is learnt from the commands that
// went through without a crash, and every other one must match it).
// A command of several appends (startProgramme: the programme and its taxonomy) can be cut by a kill
// between them; the client's retry with the SAME commandId finds the appends already made (their
// event ids derive from the commandId) and completes the rest. inviteUser is one append, and its
// retry hands back the same link (derived from the commandId); the invitee accepts it afterwards.
const EXPECTED_TYPES = {
  registerAuthority: ['AuthorityRegistered'],
  addDirectorate: ['DirectorateAdded'],
  addService: ['ServiceAdded'],
  startProgramme: ['ProgrammeStarted', 'TaxonomySeeded'], // every programme starts with the standard activities
  inviteUser: ['UserInvited'],
};

const AUTHORITIES =
  '{ authorities { id name kind revision directorates { id name } services { id name directorateId } programmes { id authorityId name objective stage startedOn } } }';
const PROGRAMMES = '{ programmes { id authorityId name objective stage startedOn } }';
const USERS = '{ users { id email displayName role authorityId serviceId auditorAuthorityIds active } }';

after(async () => {
  await killAllApis();
  removeTempDirs();
}, HOOK_TIMEOUT);

test(`crash safety: ${CLIENTS} clients, ${KILLS} SIGKILLs, retries with the same commandId`, { timeout: 240_000 }, async () => {
  const seed = seedFromEnv();
  const rng = seededRandom(seed);
  console.log(`crash: seed ${seed} (RELIABILITY_SEED=${seed} reproduces the schedule)`);
  const runTag = `${seed.toString(36)}${Date.now().toString(36)}`;
  const dataDir = freshDir('crash');

  // ---- the API under test, restarted on the same folder (and, when free, the same port) ----
  let api = await startApi({ dataDir });
  const store = openEvents(dataDir);
  const server = { url: api.url, up: true, upSignal: deferred() };
  server.upSignal.resolve();
  const whenUp = () => server.upSignal.promise;

  const { token } = await signIn(api.url, DEMO.consultant);
  const { token: adminToken } = await signIn(api.url, DEMO.admin);
  const tenantId = claimsOf(token).tid;
  const demoAuthorities = assertData(await gql(api.url, '{ authorities { id name } }', undefined, { token }), 'authorities').authorities;
  const demoIds = [NORTHSHIRE, EASTBROOK].map((n) => demoAuthorities.find((a) => a.name === n)?.id);
  assert.ok(demoIds.every(Boolean), 'the demo councils are seeded');
  const basePosition = store.head();

  // ---- the clients ----
  const commands = []; // every command a client made, whatever became of it
  const failures = []; // answers that were neither data nor a retryable CONFLICT
  const inFlight = new Set();
  let stopping = false;

  const client = async (c) => {
    const r = seededRandom(seed + c * 7919);
    const own = []; // acknowledged authorities of this client: { id, directorates: [], services: [] }
    let seq = 0;
    const next = () => {
      seq++;
      const label = `c${c}-${seq}-${runTag}`;
      const make = (op, input) => ({ op, input: { ...input, commandId: randomUUID() }, client: c, status: 'new', sends: 0, lostAnswers: 0, conflicts: 0 });
      const authority = own.length ? r.pick(own) : null;
      // each client goes through every kind of command first, then picks at random
      const roll = seq <= 5 ? [0, 0.2, 0.5, 0.65, 0.9][seq - 1] : r.next();
      if (!authority || roll < 0.12) return make('registerAuthority', { name: `Crash ${label} Council`, kind: 'District council' });
      if (roll < 0.37 || authority.directorates.length === 0) return make('addDirectorate', { authorityId: authority.id, name: `Directorate ${label}` });
      if (roll < 0.6) return make('addService', { authorityId: authority.id, directorateId: r.pick(authority.directorates), name: `Service ${label}` });
      if (roll < 0.72) return make('startProgramme', { authorityId: authority.id, name: `Programme ${label}`, objective: `Objective of ${label}` });
      const at = r.chance(0.3) ? { id: r.pick(demoIds), services: [] } : authority;
      const director = at.services.length > 0 && r.chance(0.4);
      return make('inviteUser', {
        email: `user.${label}@crash.example`,
        displayName: `Portal user ${label}`,
        role: director ? 'SERVICE_DIRECTOR' : r.pick(['HR_PARTNER', 'FINANCE_PARTNER', 'DA_MEMBER', 'INTERIM_SERVICE_MANAGER']),
        authorityId: at.id,
        ...(director ? { serviceId: r.pick(at.services) } : {}),
      });
    };
    const acknowledged = (cmd, data) => {
      cmd.status = 'acked';
      cmd.result = data[cmd.op];
      if (cmd.op === 'registerAuthority') own.push({ id: cmd.result.id, directorates: [], services: [] });
      const mine = own.find((a) => a.id === cmd.input.authorityId);
      if (cmd.op === 'addDirectorate') mine.directorates.push(cmd.result.directorates.find((d) => d.name === cmd.input.name).id);
      if (cmd.op === 'addService') mine.services.push(cmd.result.services.find((s) => s.name === cmd.input.name).id);
    };

    let cmd = null;
    while (!stopping || cmd) {
      if (!cmd) {
        cmd = next();
        commands.push(cmd);
      }
      // a retry waits for the API to be back; a fresh command is simply sent (and refused while it is down)
      if (cmd.status === 'retrying') await whenUp();
      cmd.sends++;
      inFlight.add(cmd);
      let res;
      try {
        res = await gql(server.url, DOCS[cmd.op], { i: cmd.input }, { token, timeoutMs: 30_000 });
      } catch (err) {
        inFlight.delete(cmd);
        if (neverReachedServer(err) && cmd.status === 'new') {
          // refused on its first try: the server never saw it; the client gives up on it
          cmd.status = 'refused';
          cmd = null;
        } else {
          // no answer (reset, closed, timed out): it may or may not have been applied — retry it,
          // with the same commandId, once the API is back
          cmd.status = 'retrying';
          cmd.lostAnswers++;
          cmd.lastError = networkCode(err);
        }
        await Promise.race([whenUp(), sleep(150)]);
        continue;
      }
      inFlight.delete(cmd);
      if (res.status === 200 && res.body?.data?.[cmd.op] && !res.body.errors) {
        acknowledged(cmd, res.body.data);
        if (r.chance(0.08)) {
          // a duplicate delivery of an acknowledged command: same answer, nothing appended
          cmd.duplicates = (cmd.duplicates ?? 0) + 1;
          const again = await gql(server.url, DOCS[cmd.op], { i: cmd.input }, { token, timeoutMs: 30_000 }).catch(() => null);
          if (again && again.body?.data?.[cmd.op]?.id !== cmd.result.id) {
            failures.push({ op: cmd.op, duplicateOf: cmd.input.commandId, answer: again.text.slice(0, 500) });
          }
        }
        cmd = null;
      } else if (res.body?.errors?.[0]?.extensions?.code === 'CONFLICT') {
        cmd.status = 'retrying';
        cmd.conflicts++;
      } else {
        failures.push({ op: cmd.op, input: { ...cmd.input, password: undefined }, status: res.status, answer: res.text.slice(0, 500) });
        cmd.status = 'failed';
        cmd = null;
      }
    }
  };

  // ---- the killer ----
  let kills = 0;
  const atKill = []; // { cmd, n: events it had in the store when the process died }
  const running = Array.from({ length: CLIENTS }, (_, c) => client(c));
  const clientsDone = Promise.all(running);
  let clientError = null;
  clientsDone.catch((e) => (clientError = e));

  for (let k = 0; k < KILLS; k++) {
    await sleep(rng.int(150, 700));
    if (rng.chance(0.5)) {
      // aim some kills at a startProgramme in progress, the command made of two appends
      const deadline = Date.now() + 1500;
      while (Date.now() < deadline && ![...inFlight].some((c) => c.op === 'startProgramme')) await sleep(5);
      await sleep(rng.int(0, 90));
    }
    if (clientError) throw clientError;
    server.up = false;
    server.upSignal = deferred();
    const victims = [...inFlight];
    await api.kill('SIGKILL');
    kills++;
    // an impatient client sends a fresh command while the API is down: refused, it gives up on it
    const impatient = {
      op: 'addDirectorate',
      input: { authorityId: demoIds[0], name: `Never sent ${k}-${runTag}`, commandId: randomUUID() },
      client: 'impatient',
      status: 'new',
      sends: 1,
      lostAnswers: 0,
      conflicts: 0,
    };
    commands.push(impatient);
    const outcome = await gql(api.url, DOCS.addDirectorate, { i: impatient.input }, { token, timeoutMs: 5000 }).then(
      (res) => ({ answered: res.status }),
      (err) => ({ error: networkCode(err) }),
    );
    assert.deepEqual(outcome, { error: 'ECONNREFUSED' }, 'a request to the killed API is refused');
    impatient.status = 'refused';
    // what the store holds for the requests that were in flight when the process died
    for (const cmd of victims) atKill.push({ cmd, n: store.byCausation(cmd.input.commandId).length });
    try {
      api = await startApi({ dataDir, port: api.port });
    } catch {
      api = await startApi({ dataDir }); // the old port was taken meanwhile
    }
    server.url = api.url;
    server.up = true;
    server.upSignal.resolve();
  }
  await sleep(400);
  stopping = true;
  let timer;
  await Promise.race([
    clientsDone,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('clients did not finish their last commands within 120 s')), 120_000);
    }),
  ]).finally(() => clearTimeout(timer));

  // ---- what the clients saw ----
  const acked = commands.filter((c) => c.status === 'acked');
  const refused = commands.filter((c) => c.status === 'refused');
  const recovered = acked.filter((c) => c.lostAnswers > 0);
  const duplicates = acked.reduce((n, c) => n + (c.duplicates ?? 0), 0);
  assert.deepEqual(failures, [], 'no command got an unexpected error answer');
  assert.equal(commands.filter((c) => !['acked', 'refused'].includes(c.status)).length, 0, 'every command sent ended acknowledged');
  assert.equal(kills, KILLS);
  assert.ok(acked.length >= 20, `enough load went through (${acked.length} acknowledged)`);
  for (const op of Object.keys(DOCS))
    assert.ok(
      acked.some((c) => c.op === op),
      `at least one ${op} was acknowledged`,
    );

  // ---- the store: exactly once, nothing for the refused, nothing unexplained ----
  const all = store.all();
  const ids = new Set(all.map((e) => e.event_id));
  assert.equal(ids.size, all.length, 'no duplicate event ids');
  const byStream = new Map();
  for (const e of all) byStream.set(e.stream, [...(byStream.get(e.stream) ?? []), e.revision]);
  for (const [stream, revisions] of byStream)
    assert.deepEqual(
      revisions,
      revisions.map((_, i) => i),
      `revisions of ${stream} are contiguous from 0`,
    );

  const byCommand = new Map();
  for (const e of all.filter((e) => e.position > basePosition)) {
    const id = e.metadata.causationId;
    byCommand.set(id, [...(byCommand.get(id) ?? []), e]);
  }
  const typesOf = (cmd) => (byCommand.get(cmd.input.commandId) ?? []).map((e) => e.type).sort();
  const reference = {};
  for (const op of Object.keys(DOCS)) {
    const clean = acked.filter((c) => c.op === op && c.lostAnswers === 0 && c.conflicts === 0).map((c) => typesOf(c).join(','));
    const counts = {};
    for (const k of clean) counts[k] = (counts[k] ?? 0) + 1;
    assert.ok(Object.keys(counts).length <= 1, `${op}: commands that never crashed appended different events: ${JSON.stringify(counts)}`);
    reference[op] = clean.length ? clean[0].split(',') : EXPECTED_TYPES[op];
    for (const type of EXPECTED_TYPES[op]) assert.ok(reference[op].includes(type), `${op} appends ${type}`);
    assert.equal(new Set(reference[op]).size, reference[op].length, `${op} appends each event type once: ${reference[op]}`);
  }
  for (const cmd of acked) {
    assert.deepEqual(typesOf(cmd), reference[cmd.op], `${cmd.op} ${cmd.input.commandId} (lost answers: ${cmd.lostAnswers}) appended its events exactly once`);
    for (const e of byCommand.get(cmd.input.commandId)) assert.equal(e.metadata.tenantId === 'global' ? e.data.tenantId : e.metadata.tenantId, tenantId);
  }
  const cut = atKill.filter(({ cmd, n }) => n > 0 && n < reference[cmd.op].length);
  const killStats = {
    none: atKill.filter(({ n }) => n === 0).length,
    partial: cut.length,
    complete: atKill.filter(({ cmd, n }) => n >= reference[cmd.op].length).length,
  };
  const cutByOp = {};
  for (const { cmd } of cut) cutByOp[cmd.op] = (cutByOp[cmd.op] ?? 0) + 1;
  for (const cmd of refused) assert.equal(byCommand.get(cmd.input.commandId), undefined, `refused ${cmd.op} ${cmd.input.commandId} appended nothing`);
  const known = new Set(acked.map((c) => c.input.commandId));
  const unexplained = [...byCommand.keys()].filter((id) => !known.has(id));
  assert.deepEqual(unexplained, [], 'every event after the seed belongs to an acknowledged command');

  // ---- every invited user sets a password through their link, signs in and sees their council ----
  const users = acked.filter((c) => c.op === 'inviteUser');
  for (const u of users) {
    const password = `Crash-password-${u.input.commandId}`;
    assertData(
      await gql(api.url, 'mutation($i: UseLinkInput!) { acceptInvitation(input: $i) { token } }', { i: { token: u.result.token, password } }),
      'acceptInvitation',
    );
    const { me } = await signIn(api.url, u.input.email, password);
    assert.equal(me.id, u.result.user.id);
    assert.deepEqual(me.authorityIds, [u.input.authorityId]);
  }

  // ---- the hash chains verify ----
  // the chains are what this suite checks: background sealing is off (support/api.mjs), so the
  // grace window for unsealed events is widened rather than failing a long run
  const verify = await runCli(['verify', '--data-dir', dataDir], { env: { AUDIT_SEAL_GRACE_MINUTES: '600' } });
  assert.equal(verify.code, 0, `orgledger verify: ${verify.stdout}${verify.stderr}`);
  assert.match(verify.stdout, /every chain is intact/);

  // ---- read models after the last restart = a fresh rebuild from the store ----
  const answers = async (url) => ({
    authorities: assertData(await gql(url, AUTHORITIES, undefined, { token }), 'authorities').authorities,
    programmes: assertData(await gql(url, PROGRAMMES, undefined, { token }), 'programmes').programmes,
    users: assertData(await gql(url, USERS, undefined, { token: adminToken }), 'users').users,
  });
  const live = await answers(api.url);
  // and they hold what was acknowledged, each once
  for (const cmd of acked) {
    const a = live.authorities.find((x) => x.id === (cmd.op === 'registerAuthority' ? cmd.result.id : cmd.input.authorityId));
    if (cmd.op === 'registerAuthority') assert.ok(a, `authority ${cmd.result.id} is listed`);
    if (cmd.op === 'addDirectorate') assert.equal(a.directorates.filter((d) => d.name === cmd.input.name).length, 1);
    if (cmd.op === 'addService') assert.equal(a.services.filter((s) => s.name === cmd.input.name).length, 1);
    if (cmd.op === 'startProgramme') assert.equal(live.programmes.filter((p) => p.id === cmd.result.id).length, 1);
    if (cmd.op === 'inviteUser') assert.equal(live.users.filter((u) => u.email === cmd.input.email).length, 1);
  }
  await api.stop();
  const copy = freshDir('crash-rebuild');
  cpSync(dataDir, copy, { recursive: true });
  for (const f of ['read-models.sqlite', 'read-models.sqlite-wal', 'read-models.sqlite-shm']) rmSync(join(copy, f), { force: true });
  const rebuilt = await startApi({ dataDir: copy });
  const fresh = await answers(rebuilt.url);
  await rebuilt.stop();
  assert.deepEqual(live, fresh, 'read models after the crashes equal a rebuild from the store');
  store.close();

  const perOp = Object.keys(DOCS)
    .map((op) => `${op} ${acked.filter((c) => c.op === op).length}`)
    .join(', ');
  console.log(
    `crash: ${kills} SIGKILLs, ${commands.length} commands from ${CLIENTS} clients: ${acked.length} acknowledged (${perOp}), ` +
      `${refused.length} refused before reaching the server (0 events each), ${duplicates} duplicate deliveries answered alike`,
  );
  console.log(
    `crash: ${recovered.length} commands lost an answer and were retried with the same commandId; at the kills the store held ` +
      `nothing for ${killStats.none}, part for ${killStats.partial} (cut between appends: ${JSON.stringify(cutByOp)}), all for ${killStats.complete}`,
  );
  console.log(
    `crash: ${all.length} events checked (${all.filter((e) => e.position > basePosition).length} after the seed), ${users.length} users signed in, verify intact, ` +
      `read models = rebuild (${fresh.authorities.length} authorities, ${fresh.programmes.length} programmes, ${fresh.users.length} users)`,
  );
});
