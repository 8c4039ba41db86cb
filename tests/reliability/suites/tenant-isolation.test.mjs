// Tenant and authority isolation over EVERY query and mutation of the live schema (introspection, so
// an operation added later is covered with no edit here). Each operation is called with ids of the
// demo tenant A (read from its events in SQLite) by three principals who must not reach them:
//   (a) the admin of another tenant B (created with the operator CLI),
//   (b) a portal user of A at Eastbrook, with Northshire ids,
//   (c) A's auditor (granted Northshire only), with Eastbrook ids,
//   (d) a Northshire service director (the one portal role with a mutation of its own), with Eastbrook
//       ids and the ids of the other Northshire services' posts.
// Every answer: no data the principal may not see, no INTERNAL_SERVER_ERROR, no event in A's streams.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { getNamedType, isNonNullType } from 'graphql';
import { createTenantWithCli, freshDir, killAllApis, removeTempDirs, startApi, waitCaughtUp } from '../support/api.mjs';
import { assertData, assertHealthy, claimsOf, DEMO, EASTBROOK, ERROR_CODES, gql, inviteAndAccept, NORTHSHIRE, signIn } from '../support/gql.mjs';
import {
  generateValue,
  introspect,
  isIdType,
  leafPaths,
  operationDocument,
  plausibleLeaf,
  rootOperations,
  STANDARD_INTROSPECTION,
} from '../support/schema.mjs';
import { isUuid, openEvents, tenantCatalogue } from '../support/store.mjs';
import { HOOK_TIMEOUT } from '../support/util.mjs';

const MAX_CASES_PER_OPERATION = 6;
const B = { name: 'Isolation Tenant B Ltd', email: 'admin@isolation-b.example', password: 'Isolation-B-admin-2026' };
const PORTAL = { email: 'hr.partner@eastbrook.example', displayName: 'Eastbrook HR Partner', password: 'Eastbrook-portal-2026' };

let api;
let store;
let schema;
let tenantA;
let catalogue;
let authorityIds; // { northshire, eastbrook }
let principals;

before(async () => {
  const dir = freshDir('isolation');
  api = await startApi({ dataDir: dir });
  store = openEvents(dir);
  const consultant = await signIn(api.url, DEMO.consultant);
  tenantA = claimsOf(consultant.token).tid;
  const list = assertData(await gql(api.url, '{ authorities { id name } }', undefined, { token: consultant.token }), 'authorities').authorities;
  authorityIds = { northshire: list.find((a) => a.name === NORTHSHIRE).id, eastbrook: list.find((a) => a.name === EASTBROOK).id };

  // (b): a portal user of A at Eastbrook, registered by A's consultant
  const { password, ...invitee } = PORTAL;
  const registered = await inviteAndAccept(
    api.url,
    consultant.token,
    { ...invitee, role: 'HR_PARTNER', authorityId: authorityIds.eastbrook, commandId: randomUUID() },
    password,
  );
  assertData(registered.answers.accepted, 'inviting the Eastbrook HR partner, who sets their password');

  // (a): tenant B, made with the operator CLI while the API runs
  const b = await createTenantWithCli(dir, B);
  await waitCaughtUp(api, store.head());
  const bAdmin = await signIn(api.url, B.email, B.password);
  assert.equal(claimsOf(bAdmin.token).tid, b.tenantId);
  assert.notEqual(b.tenantId, tenantA);
  const portal = await signIn(api.url, PORTAL.email, PORTAL.password);
  const auditor = await signIn(api.url, DEMO.auditor);
  const director = await signIn(api.url, DEMO.director);
  assert.ok(director.me.serviceId, 'the demo service director has a service');
  assert.deepEqual(auditor.me.authorityIds, [authorityIds.northshire], 'the demo auditor is granted Northshire only');
  assert.deepEqual(portal.me.authorityIds, [authorityIds.eastbrook]);

  schema = await introspect(api.url, consultant.token);
  catalogue = tenantCatalogue(store.all(), tenantA);
  const N = authorityIds.northshire;
  const E = authorityIds.eastbrook;
  principals = [
    {
      label: '(a) tenant B admin',
      token: bAdmin.token,
      inTenant: false,
      authorityId: null,
      serviceId: null,
      userId: bAdmin.me.id,
      contexts: [{ authorityId: N }, { authorityId: E }],
      extra: [B.name, B.email, b.tenantId, b.adminUserId],
    },
    {
      label: '(b) Eastbrook portal user of A',
      token: portal.token,
      inTenant: true,
      authorityId: E,
      serviceId: null,
      userId: portal.me.id,
      contexts: [{ authorityId: N }],
      extra: [],
    },
    {
      label: '(c) A auditor granted Northshire',
      token: auditor.token,
      inTenant: true,
      authorityId: N,
      serviceId: null,
      userId: auditor.me.id,
      contexts: [{ authorityId: E }],
      extra: [],
    },
    {
      label: '(d) Northshire service director',
      token: director.token,
      inTenant: true,
      authorityId: N,
      serviceId: director.me.serviceId,
      userId: director.me.id,
      contexts: [{ authorityId: E }, { authorityId: N, otherServicesOf: director.me.serviceId }],
      extra: [],
    },
  ];
  for (const p of principals) p.forbidden = forbiddenFor(p);
}, HOOK_TIMEOUT);

after(async () => {
  store?.close();
  await killAllApis();
  removeTempDirs();
}, HOOK_TIMEOUT);

// May this principal be shown this entity of A? Its own user, the consultancy staff's names and
// ids (they appear as the actors of decisions), its council colleagues' names; the tenant, if it is in A; the things of the authority
// it belongs to — for a service director only its own service's posts and returns, unless
// ignoreService (service-level scoping is checked separately, see SERVICE_LEVEL below).
const visibleTo = (p, info, id, { ignoreService = false, text = null } = {}) => {
  if (!p.inTenant) return false;
  if (info.kind === 'user') {
    if ((info.userId ?? id) === p.userId) return true;
    // Consultancy staff appear as the actors of decisions; council colleagues of the same authority
    // appear in its records (the HR partner who approved a job description). Never their emails.
    const staff = info.authorityId === null && (text === null || !text.includes('@'));
    const colleague = p.authorityId !== undefined && info.authorityId === p.authorityId && (text === null || !text.includes('@'));
    return staff || colleague;
  }
  if (info.kind === 'tenant') return true;
  if (!info.authorityId || info.authorityId !== p.authorityId) return false;
  if (!ignoreService && p.serviceId && info.serviceId && !['service', 'authority'].includes(info.kind) && info.serviceId !== p.serviceId) return false;
  return true;
};

// Strings and ids of A the principal must never be shown (minus what it may see). `serviceLevel`:
// the subset that is hidden only because it belongs to another service of the principal's own
// authority.
const forbiddenFor = (p) => {
  const visible = new Set(p.extra);
  const visibleAcrossServices = new Set();
  for (const [text, owners] of catalogue.strings) {
    if (owners.some((o) => visibleTo(p, o, null, { text }))) visible.add(text);
    if (owners.some((o) => visibleTo(p, o, null, { text, ignoreService: true }))) visibleAcrossServices.add(text);
  }
  for (const [id, info] of catalogue.ids) {
    if (visibleTo(p, info, id)) visible.add(id);
    if (visibleTo(p, info, id, { ignoreService: true })) visibleAcrossServices.add(id);
  }
  if (p.inTenant) visible.add(tenantA);
  const all = [...catalogue.strings.keys(), ...catalogue.ids.keys(), tenantA].filter((s) => !visible.has(s));
  // a forbidden text that is part of a visible one ("Finance" in "Finance and Procurement") is only
  // checked as a whole value, not as a substring
  const visibleList = [...visible];
  const substringSafe = all.filter((s) => !visibleList.some((v) => v.includes(s)));
  return { exact: new Set(all), substring: substringSafe, serviceLevel: new Set(all.filter((s) => visibleAcrossServices.has(s))) };
};

// Ids of A to try for an argument of this kind in one context (an authority, or the other services
// of one), tenant-wide users after the authority's own.
const idPool = (kind, ctx) => {
  const local = [];
  const rest = [];
  for (const [id, info] of catalogue.ids) {
    if (kind && info.kind !== kind) continue;
    const inAuthority = info.authorityId === ctx.authorityId || (info.kind === 'authority' && id === ctx.authorityId);
    if (inAuthority) {
      if (ctx.otherServicesOf) {
        const scoped = info.kind === 'service' ? id : info.serviceId;
        if (scoped === ctx.otherServicesOf) continue;
        if (!scoped && !['authority', 'programme', 'activity', 'directorate', 'parent'].includes(info.kind)) continue;
      }
      local.push(id);
    } else if (info.authorityId === null && (info.kind === 'user' || !kind) && info.kind !== 'tenant') rest.push(id);
  }
  // posts and returns of another service first: they are what a service director must not reach
  if (ctx.otherServicesOf) local.sort((x, y) => Number(Boolean(catalogue.ids.get(y).serviceId)) - Number(Boolean(catalogue.ids.get(x).serviceId)));
  return [...local, ...rest];
};

const kindOf = (leaf, op) => {
  if (leaf.name === 'id') return getNamedType(op.field.type).name.replace(/^./, (c) => c.toLowerCase());
  const m = /^(.*)Id$/.exec(leaf.name);
  return m ? m[1] : null;
};

// Up to MAX_CASES_PER_OPERATION argument sets for one operation and principal.
const casesFor = (op, principal) => {
  const idLeaves = leafPaths(op.field).filter((l) => !l.object && !l.list && isIdType(l.type) && l.name !== 'commandId');
  const pools = idLeaves.map((leaf) => {
    const kind = kindOf(leaf, op);
    const known = [...catalogue.ids.values()].some((i) => i.kind === kind);
    return principal.contexts.map((c) => idPool(known ? kind : null, c));
  });
  const width = Math.max(1, ...pools.map((perTarget) => perTarget.reduce((n, p) => n + p.length, 0)));
  const count = Math.min(MAX_CASES_PER_OPERATION, idLeaves.length ? width : 1);
  const cases = [];
  for (let k = 0; k < count; k++) {
    const t = k % principal.contexts.length;
    const j = Math.floor(k / principal.contexts.length);
    const chosen = new Map(
      idLeaves.map((leaf, i) => [leaf.path.join('.'), pools[i][t].length ? pools[i][t][j % pools[i][t].length] : idPool(null, principal.contexts[t])[0]]),
    );
    const ctx = {
      includeOptional: (f, path) => f.name === 'commandId' || chosen.has(path.join('.')),
      leaf: (type, name, path) => {
        if (chosen.has(path.join('.'))) return chosen.get(path.join('.'));
        return plausibleLeaf(type, name, { variant: k });
      },
    };
    const args = {};
    for (const a of op.field.args) {
      if (isNonNullType(a.type) || chosen.has(a.name) || [...chosen.keys()].some((p) => p.startsWith(`${a.name}.`))) {
        args[a.name] = generateValue(a.type, a.name, ctx);
      }
    }
    // ids of an authority the principal cannot see at all must answer like unknown ids; inside its
    // own authority (a director and another service) a different refusal is fine
    cases.push({ args, twin: principal.contexts[t].authorityId !== principal.authorityId });
  }
  // an operation whose arguments are all optional is also called with none (e.g. programmes)
  if (op.field.args.length > 0 && op.field.args.every((a) => !isNonNullType(a.type))) cases.push({ args: {}, twin: false });
  return cases;
};

// A service director sees only their own service (README). Posts, returns and the like of OTHER
// services of the director's own council are collected here rather than failing the main test: the
// operations found leaking them are reported as a known bug (the test at the end, TODO until fixed).
const serviceLeaks = [];

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const normalise = (text) => text.replace(UUIDS, '<id>').replace(/iso-[a-z0-9-]+@/g, '<email>@');

const where0 = (p, op, args) => `${p.label} ${op.name} ${JSON.stringify(args)}`;

const leafStrings = (value, out = []) => {
  if (Array.isArray(value)) value.forEach((v) => leafStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => leafStrings(v, out));
  else if (typeof value === 'string') out.push(value);
  return out;
};

test('the principals themselves are what the cases assume', { timeout: 30_000 }, async () => {
  const [a, b, c, d] = principals;
  // (a) sees nothing of A: no authorities, no users but its own tenant's
  const aAuth = assertData(await gql(api.url, '{ authorities { id } programmes { id } }', undefined, { token: a.token }), 'B authorities');
  assert.deepEqual(aAuth, { authorities: [], programmes: [] });
  const aUsers = assertData(await gql(api.url, '{ users { email } }', undefined, { token: a.token }), 'B users').users;
  assert.deepEqual(
    aUsers.map((u) => u.email),
    [B.email],
  );
  // (b) and (c) see exactly their own council
  for (const [p, name] of [
    [b, EASTBROOK],
    [c, NORTHSHIRE],
  ]) {
    const list = assertData(await gql(api.url, '{ authorities { name } }', undefined, { token: p.token }), p.label).authorities;
    assert.deepEqual(
      list.map((x) => x.name),
      [name],
    );
  }
  // the catalogue found A's entities (the cases above are only as good as these ids)
  const kinds = {};
  for (const info of catalogue.ids.values()) kinds[info.kind] = (kinds[info.kind] ?? 0) + 1;
  for (const k of ['authority', 'directorate', 'service', 'programme', 'user', 'tenant', 'post']) assert.ok(kinds[k] > 0, `ids of kind ${k} collected`);
  // (d) may see its own service's posts, not another service's
  const posts = [...catalogue.ids].filter(([, info]) => info.kind === 'post');
  const own = posts.find(([, info]) => info.serviceId === d.serviceId);
  const other = posts.find(([, info]) => info.serviceId && info.serviceId !== d.serviceId);
  assert.ok(own && other, 'the demo has posts in the director’s service and in others');
  assert.ok(!d.forbidden.exact.has(own[0]) && d.forbidden.exact.has(other[0]));
  assert.ok(d.forbidden.exact.has(EASTBROOK) && !d.forbidden.exact.has(NORTHSHIRE));
  assert.ok(a.forbidden.exact.has(NORTHSHIRE) && a.forbidden.exact.has(EASTBROOK) && a.forbidden.exact.has(DEMO.consultant));
  assert.ok(b.forbidden.exact.has(NORTHSHIRE) && !b.forbidden.exact.has(EASTBROOK) && b.forbidden.exact.has(DEMO.hr));
  assert.ok(c.forbidden.exact.has(EASTBROOK) && !c.forbidden.exact.has(NORTHSHIRE) && c.forbidden.exact.has(PORTAL.email));
  console.log(`tenant isolation: tenant A catalogue: ${catalogue.ids.size} ids ${JSON.stringify(kinds)}, ${catalogue.strings.size} names/emails`);
});

test('every operation, four principals, ids of tenant A: no leak, no 500, no event in A', { timeout: 180_000 }, async () => {
  // signOut takes no ids and would end the principal's own sessions for every later case
  const operations = rootOperations(schema).filter((op) => op.name !== 'signOut');
  assert.ok(operations.length >= 10, `introspection found the operations (${operations.length})`);
  const ownedBefore = store.countOwned(tenantA);
  let cases = 0;
  let twins = 0;
  const codes = {};
  const perPrincipal = {};
  const problems = [];
  for (const op of operations) {
    for (const principal of principals) {
      for (const { args, twin: compareTwin } of casesFor(op, principal)) {
        const query = operationDocument(op, args, 3);
        const sent = new Set(leafStrings(args).filter(isUuid));
        const before = store.countOwned(tenantA);
        const res = await gql(api.url, query, args, { token: principal.token });
        if (process.env.RELIABILITY_DEBUG) console.log(where0(principal, op, args), res.text.slice(0, 300));
        cases++;
        perPrincipal[principal.label] = (perPrincipal[principal.label] ?? 0) + 1;
        const where = `${principal.label} ${op.kind} ${op.name}(${JSON.stringify(args)})`;
        const errs = res.body?.errors ?? [];
        for (const e of errs) codes[e?.extensions?.code] = (codes[e?.extensions?.code] ?? 0) + 1;
        if (!errs.length) codes.ok = (codes.ok ?? 0) + 1;
        if (res.status >= 500) problems.push(`${where}: HTTP ${res.status}`);
        if (!res.body) problems.push(`${where}: answer is not JSON: ${res.text.slice(0, 200)}`);
        for (const e of errs) {
          if (!ERROR_CODES.includes(e?.extensions?.code)) problems.push(`${where}: code ${e?.extensions?.code}: ${e?.message}`);
          // refused by GraphQL itself (no domain errorCode): the generated case never reached the
          // resolver and would prove nothing
          if (e?.extensions?.code === 'BAD_USER_INPUT' && !e.extensions.errorCode)
            problems.push(`${where}: generated arguments do not fit the schema: ${e.message}`);
        }
        const leaves = leafStrings(res.body);
        const leak = (text, message) => (principal.forbidden.serviceLevel.has(text) ? serviceLeaks : problems).push(message);
        for (const leaf of leaves) {
          if (principal.forbidden.exact.has(leaf) && !sent.has(leaf)) leak(leaf, `${where}: answer holds A's ${JSON.stringify(leaf)}`);
          for (const s of principal.forbidden.substring) {
            if (leaf !== s && leaf.includes(s) && !sent.has(s))
              leak(s, `${where}: answer mentions A's ${JSON.stringify(s)} in ${JSON.stringify(leaf.slice(0, 200))}`);
          }
        }
        const afterCount = store.countOwned(tenantA);
        if (afterCount !== before) problems.push(`${where}: ${afterCount - before} event(s) appended to tenant A`);

        // "an id from another tenant answers exactly like an id that does not exist": the same call
        // with every id replaced by an unknown one gives the same answer, ids aside
        if (compareTwin && sent.size > 0) {
          const twinArgs = JSON.parse(JSON.stringify(args, (_k, v) => (isUuid(v) ? randomUUID() : v)));
          const twin = await gql(api.url, query, twinArgs, { token: principal.token });
          twins++;
          if (twin.status !== res.status || normalise(twin.text) !== normalise(res.text)) {
            problems.push(
              `${where}: answers differently than for unknown ids:\n    A ids:   ${res.text.slice(0, 300)}\n    unknown: ${twin.text.slice(0, 300)}`,
            );
          }
        }
      }
    }
  }
  assert.deepEqual(problems, [], `isolation problems:\n${problems.join('\n')}`);
  assert.equal(store.countOwned(tenantA), ownedBefore, 'tenant A has no new event');
  await assertHealthy(api, 'the isolation cases');
  console.log(
    `tenant isolation: ${operations.length} operations (${operations.map((o) => o.name).join(', ')}), ${cases} cases, ` +
      `${twins} compared with the same call on unknown ids`,
  );
  console.log(`tenant isolation: cases per principal: ${JSON.stringify(perPrincipal)}; answers: ${JSON.stringify(codes)}`);
});

test('a service director is shown only their own service (posts, contracts, returns of other services)', () => {
  const operations = [...new Set(serviceLeaks.map((l) => / (?:query|mutation) (\w+)\(/.exec(l)?.[1] ?? l.slice(0, 80)))];
  assert.deepEqual(
    operations,
    [],
    `${serviceLeaks.length} values of other services shown to a service director by: ${operations.join(', ')}\n${serviceLeaks.slice(0, 5).join('\n')}`,
  );
});

// Found by this suite: the schema is served with introspection: true, yet graphql-js's standard
// introspection query (what GraphiQL, Apollo Sandbox and codegen-from-a-URL send) nests 14 levels and
// is refused by depthLimit(10) (apps/api/src/platform/graphql-limits.ts). These suites use a
// shallower one (support/schema.mjs).
test('the standard introspection query is answered', async () => {
  const res = await gql(api.url, STANDARD_INTROSPECTION, undefined, { token: principals[1].token });
  assert.equal(res.status, 200, `HTTP ${res.status}: ${res.text.slice(0, 200)}`);
  assert.ok(res.body?.data?.__schema, res.text.slice(0, 200));
});
