// Invalid input for EVERY mutation of the live schema (introspection), and requests that are not
// GraphQL operations at all. Every answer must be a client error — HTTP status < 500, an allowed
// extensions.code, a real message and no stack trace — the process stays up, and nothing is appended:
// only invalid things are sent, so the store's event count never moves.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { freshDir, killAllApis, removeTempDirs, startApi } from '../support/api.mjs';
import { assertClientError, assertData, assertHealthy, claimsOf, DEMO, ERROR_CODES, gql, http, NORTHSHIRE, signIn } from '../support/gql.mjs';
import {
  generateValue,
  introspect,
  isDateName,
  isNumericScalar,
  leafPaths,
  operationDocument,
  plausibleLeaf,
  REMOVE,
  rootOperations,
  selectionFor,
  withValueAt,
} from '../support/schema.mjs';
import { openEvents, tenantCatalogue } from '../support/store.mjs';
import { HOOK_TIMEOUT, mapLimit, QUICK } from '../support/util.mjs';
import { SHEET_FOOTER, SHEET_HEADER, xlsx, zip } from '../support/zip.mjs';

const ONE_MB = 'x'.repeat(1024 * 1024);
const LONG = 'y'.repeat(100_000); // within the body limit, past any text field's limit
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const UNKNOWN_FIELD = Symbol('unknown field');

let api;
let store;
let schema;
let tokens;
let ids;
let eventsAtStart;
const tally = { cases: 0, byCode: {}, big: { status413: 0, refusedByValidation: 0 } };

before(async () => {
  const dir = freshDir('bad-input');
  api = await startApi({ dataDir: dir });
  store = openEvents(dir);
  tokens = { consultant: (await signIn(api.url, DEMO.consultant)).token, admin: (await signIn(api.url, DEMO.admin)).token };
  const authorities = assertData(
    await gql(api.url, '{ authorities { id name directorates { id } } }', undefined, { token: tokens.consultant }),
    'authorities',
  ).authorities;
  const northshire = authorities.find((a) => a.name === NORTHSHIRE);
  const auditor = (await signIn(api.url, DEMO.auditor)).me;
  // real ids of Northshire, one per kind (post, service, programme, activity…), from the store
  ids = {};
  for (const [id, info] of tenantCatalogue(store.all(), claimsOf(tokens.consultant).tid).ids) {
    if (info.authorityId === northshire.id && !ids[info.kind]) ids[info.kind] = id;
  }
  Object.assign(ids, { authority: northshire.id, directorate: northshire.directorates[0].id, user: auditor.id });
  ids.parent ??= ids.activity;
  schema = await introspect(api.url, tokens.consultant);
  eventsAtStart = store.count();
}, HOOK_TIMEOUT);

after(async () => {
  store?.close();
  await killAllApis();
  removeTempDirs();
}, HOOK_TIMEOUT);

// ---------------------------------------------------------------------------------------------
// A valid-looking baseline per mutation; each case changes ONE thing in it to something invalid.

const baselineFor = (op) => {
  const ctx = {
    includeOptional: (f) => f.name === 'commandId',
    leaf: (type, name) => {
      if (isEnumType(type)) {
        const values = type.getValues().map((v) => v.name);
        return values.includes('HR_PARTNER') ? 'HR_PARTNER' : values[0]; // a portal role a consultant may add
      }
      if (getNamedType(type).name === 'ID') {
        if (name === 'commandId') return randomUUID();
        const kind = name.replace(/Id$/, '');
        return ids[kind] ?? ids.authority;
      }
      return plausibleLeaf(type, name, { text: 'Bad input baseline' });
    },
  };
  const args = {};
  for (const a of op.field.args) if (isNonNullType(a.type)) args[a.name] = generateValue(a.type, a.name, ctx);
  // a portal user needs a council
  if (args.input && 'role' in args.input && 'email' in args.input) args.input.authorityId = ids.authority;
  return args;
};

// Invalid values for one leaf, by its type and name: [label, value]. The "essential" ones probe the
// field's own validation and are all sent; the "confusion" ones (a value of another type altogether)
// are refused by GraphQL the same way for every field, so two of them per leaf are sent, rotating
// through the list so that every kind is used across the schema.
let rotation = 0;
const CONFUSION_PER_LEAF = 2;

const invalidValuesFor = (leaf, mutationState) => {
  const named = getNamedType(leaf.type);
  const essential = [];
  const confusion = [];
  const must = (label, value) => essential.push([label, value]);
  const may = (label, value) => confusion.push([label, value]);
  if (leaf.nonNull) must('null', null);
  if (leaf.required && !leaf.element) must('missing', REMOVE);
  if (leaf.object) {
    must('an unknown field', UNKNOWN_FIELD);
    may('a string instead of an object', 'not an object');
    may('a number instead of an object', 42);
    may('a list instead of an object', []);
  } else if (leaf.list) {
    // (an empty list is not always wrong — a post with no activity shares is a valid answer)
    may('a number for a list', 42);
    may('a list of nulls', [null]);
  } else {
    may('an object', { nested: 'object' });
    may('a list', ['in', 'a', 'list']);
    if (isEnumType(named)) {
      must('an unknown enum value', 'NOT_A_VALUE');
      must('a lower-case enum value', named.getValues()[0].name.toLowerCase());
      may('a number for an enum', 1);
      may('an empty enum value', '');
    } else if (['Int', 'Float'].includes(named.name) || isNumericScalar(named)) {
      must('-1', -1);
      must('1e308', 1e308);
      must('2^53+1', 2 ** 53 + 1);
      must('"NaN"', 'NaN');
      must('"Infinity"', 'Infinity');
      if (named.name !== 'Float') must('a decimal for a whole number', 1.5);
      for (const v of ['-Infinity', '1e400', '12abc', '100']) may(`"${v}"`, v);
      may('a boolean', true);
    } else if (named.name === 'Boolean') {
      must('"true"', 'true');
      may('1', 1);
      may('"NaN"', 'NaN');
    } else if (named.name === 'ID') {
      // "" in an optional id is read as "none" (serviceId "" = no service): only a required id must
      // refuse it. commandId "" is the exception that matters — a known bug, tested on its own below.
      if (leaf.required) must('""', '');
      must('"not-a-uuid"', 'not-a-uuid');
      must('"NaN"', 'NaN');
      // a well-formed id that names nothing; a commandId is any UUID, so not for that one
      if (leaf.name !== 'commandId') must('an unknown UUID', NIL_UUID);
      for (const v of [-1, 1e308, 2 ** 53 + 1, true]) may(String(v), v);
      for (const v of ['Infinity', '   ', "' OR 1=1 --", '../../etc/passwd', `${randomUUID()}0`]) may(`"${v}"`, v);
      may('1 MB', ONE_MB);
    } else {
      // String and custom scalars
      if (leaf.required) {
        must('an empty string', '');
        must('whitespace only', ' \t\n ');
      }
      if (isDateName(leaf.name)) for (const d of ['2025-02-30', 'yesterday', '2026-13-01', '31/01/2026', 'NaN']) must(`date "${d}"`, d);
      must('100 000 characters', LONG);
      // every mutation gets at least one 1 MB value; the other text fields take their turn
      if (!mutationState.sentBig) {
        must('1 MB', ONE_MB);
        mutationState.sentBig = true;
      } else may('1 MB', ONE_MB);
      for (const v of [42, -1, 1e308, 2 ** 53 + 1, true]) may(String(v), v);
    }
  }
  const picked = [];
  for (let k = 0; k < Math.min(CONFUSION_PER_LEAF, confusion.length); k++) picked.push(confusion[(rotation + k) % confusion.length]);
  rotation++;
  return [...essential, ...picked];
};

// The same mutation written inline, with one literal of the wrong kind (GraphQL validation).
const literal = (value, type) => {
  if (value && value.raw) return value.raw;
  if (value === null) return 'null';
  if (!type) return JSON.stringify(value);
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (isListType(type)) return Array.isArray(value) ? `[${value.map((v) => literal(v, type.ofType)).join(', ')}]` : literal(value, type.ofType);
  if (isEnumType(type)) return String(value);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
};

const wrongLiteral = (leaf) => {
  const named = getNamedType(leaf.type);
  if (leaf.object) return { raw: '"not an object"' };
  if (isEnumType(named)) return { raw: 'NOT_A_VALUE' };
  if (leaf.list) return { raw: '[{ notAField: 1 }]' };
  if (named.name === 'Int' || named.name === 'Float' || named.name === 'Boolean' || isNumericScalar(named)) return { raw: '"NaN"' };
  if (named.name === 'ID') return { raw: '{ id: 1 }' };
  return { raw: '123' };
};

const inlineDocument = (op, args) => {
  const call = Object.entries(args)
    .map(([name, v]) => `${name}: ${literal(v, op.field.args.find((a) => a.name === name)?.type)}`)
    .join(', ');
  return `mutation { ${op.name}${call ? `(${call})` : ''} ${selectionFor(op.field.type, 2)} }`;
};

// ---------------------------------------------------------------------------------------------

const send = async ({ op, label, query, variables, token, big = false, countCheck = true }) => {
  const before = countCheck ? store.count() : 0;
  const res = await gql(api.url, query, variables, { token, timeoutMs: 30_000 });
  tally.cases++;
  const context = `${op} — ${label}`;
  // a 1 MB value: over the body limit it is a 413 with a JSON error; under it (the limit is 10 MB
  // since spreadsheet imports arrived) the field's own validation must refuse it
  if (big) tally.big[res.status === 413 ? 'status413' : 'refusedByValidation']++;
  assertClientError(res, context);
  for (const e of res.body.errors) tally.byCode[e.extensions.code] = (tally.byCode[e.extensions.code] ?? 0) + 1;
  if (countCheck) assert.equal(store.count(), before, `${context}: appended ${store.count() - before} event(s) for invalid input: ${res.text.slice(0, 300)}`);
  return res;
};

// Mutations open to anonymous callers, and how a well-formed baseline (a made-up link) is refused.
const PUBLIC_BASELINE_REFUSAL = {
  acceptInvitation: { code: 'BAD_USER_INPUT', errorCode: 'LINK_NOT_VALID' },
  resetPassword: { code: 'BAD_USER_INPUT', errorCode: 'LINK_NOT_VALID' },
};
const pick = (o, keys) => Object.fromEntries(keys.map((k) => [k, o?.[k]]));

test('every mutation refuses invalid input with a client error and appends nothing', { timeout: 180_000 }, async () => {
  const mutations = rootOperations(schema).filter((o) => o.kind === 'mutation');
  assert.ok(mutations.length >= 5, 'introspection lists the mutations');
  const perMutation = {};
  for (const op of mutations) {
    const baseline = baselineFor(op);
    const query = operationDocument(op, baseline, 2);
    const leaves = leafPaths(op.field);
    const startCases = tally.cases;

    // the baseline itself fits the schema: without a token it is refused only for the missing sign-in
    // (the guard runs after variable coercion), so each case below fails for its one invalid value
    // (the public link mutations need no sign-in: their baseline's made-up link is refused as not valid)
    const unsigned = await send({ op: op.name, label: 'baseline without a token', query, variables: baseline });
    const expected = PUBLIC_BASELINE_REFUSAL[op.name] ?? { code: 'UNAUTHENTICATED' };
    assert.deepEqual(
      pick(unsigned.body.errors[0].extensions, Object.keys(expected)),
      expected,
      `${op.name} baseline does not fit the schema: ${unsigned.text.slice(0, 300)}`,
    );

    // a mutation without arguments (signOut) has no value to get wrong: its baseline is the case
    if (!leaves.length) {
      perMutation[op.name] = tally.cases - startCases;
      continue;
    }

    // who sends it: the consultant, or the admin for admin-only mutations (so that the invalid value,
    // not the role, is what gets refused)
    let token = tokens.consultant;
    const probeLeaf = leaves.find((l) => l.name === 'commandId') ?? leaves.find((l) => !l.object);
    const probe = await send({
      op: op.name,
      label: 'probe: commandId "not-a-uuid"',
      query,
      variables: withValueAt(baseline, probeLeaf.path, 'not-a-uuid'),
      token,
    });
    if (probe.body.errors[0].extensions.code === 'FORBIDDEN') token = tokens.admin;

    const cases = [];
    const mutationState = { sentBig: false };
    for (const leaf of leaves) {
      for (const [label, value] of invalidValuesFor(leaf, mutationState)) {
        // only the input's own fields are varied inside it; the object itself gets object-level cases
        const variables = value === UNKNOWN_FIELD ? withValueAt(baseline, [...leaf.path, 'notAField'], 'surprise') : withValueAt(baseline, leaf.path, value);
        // a fresh commandId per case, unless the commandId is what is being varied
        if (variables.input && typeof variables.input === 'object' && 'commandId' in variables.input && leaf.name !== 'commandId') {
          variables.input.commandId = randomUUID();
        }
        cases.push({
          op: op.name,
          label: `${leaf.path.join('.')}: ${label}`,
          query,
          variables,
          token,
          big: value === ONE_MB,
          commandId: variables.input?.commandId,
        });
      }
      // the same wrong value written inline in the document (validation, not variable coercion)
      const inline = (label, args) => {
        const commandId = randomUUID();
        if (args.input && typeof args.input === 'object' && typeof args.input.commandId === 'string' && leaf.name !== 'commandId')
          args.input.commandId = commandId;
        cases.push({ op: op.name, label: `${leaf.path.join('.')}: ${label}`, query: inlineDocument(op, args), token, commandId });
      };
      if (!leaf.object || leaf.path.length > 1) inline('inline wrong literal', withValueAt(baseline, leaf.path, wrongLiteral(leaf)));
      if (leaf.required && !leaf.element) inline('inline, missing', withValueAt(baseline, leaf.path, REMOVE));
    }
    // four at a time; anything appended is traced back to its case by the commandId it carried
    const head = store.head();
    await mapLimit(cases, 4, (c) => send({ ...c, countCheck: false }));
    const appended = store.after(head);
    if (appended.length) {
      const culprits = appended.map((e) => cases.find((c) => c.commandId === e.metadata.causationId)?.label ?? `causation ${e.metadata.causationId}`);
      assert.fail(`${op.name}: invalid input appended ${appended.length} event(s): ${[...new Set(culprits)].join('; ')}`);
    }
    // the whole argument list missing
    if (op.field.args.some((a) => isNonNullType(a.type))) {
      await send({ op: op.name, label: 'no arguments at all', query: `mutation { ${op.name} ${selectionFor(op.field.type, 2)} }`, token });
    }
    perMutation[op.name] = tally.cases - startCases;
    await assertHealthy(api, `the invalid ${op.name} batch`);
  }
  assert.equal(store.count(), eventsAtStart, 'no event appended by any invalid mutation');
  console.log(`bad input: ${mutations.length} mutations, ${tally.cases} cases ${JSON.stringify(perMutation)}`);
  console.log(`bad input: answers by code ${JSON.stringify(tally.byCode)}; 1 MB values: ${JSON.stringify(tally.big)}`);
});

// ---------------------------------------------------------------------------------------------
// Requests that are not well-formed GraphQL operations.

const JSON_HEADERS = { 'content-type': 'application/json' };
const raw = (label, init) => ({ label, ...init });

const NON_OPERATIONS = (bodyLimit) => {
  const deepIntrospection = `{ __schema { types { fields { type { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } } } } }`;
  const deepSelection = `{${'me {'.repeat(20_000)} id ${'}'.repeat(20_001)}`;
  const aliases = `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
  const post = (label, body, headers = JSON_HEADERS, extra = {}) => raw(label, { method: 'POST', body, headers, ...extra });
  return [
    post('a query nested past the depth limit', JSON.stringify({ query: deepIntrospection })),
    post('a selection nested 20 000 levels deep', JSON.stringify({ query: deepSelection })),
    post('20 000 unclosed braces', JSON.stringify({ query: '{'.repeat(20_000) })),
    post('3 000 aliases (complexity)', JSON.stringify({ query: aliases })),
    post('a fragment cycle', JSON.stringify({ query: '{ me { ...A } } fragment A on Me { ...B } fragment B on Me { ...A }' })),
    post('variables nested 30 000 levels deep', `{"query":"{ me { id } }","variables":{"v":${'{"a":'.repeat(30_000)}1${'}'.repeat(30_000)}}}`),
    post('an oversized body (16 MB)', JSON.stringify({ query: '{ me { id } }', variables: { pad: 'p'.repeat(16 * 1024 * 1024) } }), JSON_HEADERS, {
      expectStatus: 413,
    }),
    post(
      `a body just over the limit (${Math.round(bodyLimit / 1024)} KB + 1 KB)`,
      JSON.stringify({ query: `{ me { id } } # ${'z'.repeat(bodyLimit + 1024)}` }),
      JSON_HEADERS,
      { expectStatus: 413 },
    ),
    post('malformed JSON', '{"query": "{ me { id } }",'),
    post('JSON that is a string', '"{ me { id } }"'),
    post('JSON null', 'null'),
    post('an empty body', ''),
    post('an empty object', '{}'),
    post('a batch array', JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }])),
    post('query is a number', JSON.stringify({ query: 42 })),
    post('variables as a string', JSON.stringify({ query: '{ me { id } }', variables: '{"a":1}' })),
    post('two operations, no operationName', JSON.stringify({ query: 'query A { me { id } } query B { me { id } }' })),
    post('an unknown operationName', JSON.stringify({ query: 'query A { me { id } }', operationName: 'Nope' })),
    post('an unknown field', JSON.stringify({ query: '{ everything { id } }' })),
    post('a syntax error', JSON.stringify({ query: 'mutation { addDirectorate(input: { name: ) }' })),
    post('content-type text/plain', JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'text/plain' }),
    post('content-type text/plain with a preflight header', JSON.stringify({ query: '{ me { id } }' }), {
      'content-type': 'text/plain',
      'apollo-require-preflight': '1',
    }),
    post('content-type application/xml', '<query>me</query>', { 'content-type': 'application/xml', 'apollo-require-preflight': '1' }),
    post('content-type form-urlencoded', 'query=%7Bme%7Bid%7D%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
    post('content-type multipart', '--b\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ me { id } }\r\n--b--\r\n', {
      'content-type': 'multipart/form-data; boundary=b',
    }),
    post('no content-type', JSON.stringify({ query: '{ me { id } }' }), {}),
    post('an unsupported charset', JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'application/json; charset=ebcdic' }),
    post('a bogus content-encoding', JSON.stringify({ query: '{ me { id } }' }), { ...JSON_HEADERS, 'content-encoding': 'gzip' }),
    raw('GET /graphql without a query', { method: 'GET' }),
    raw('GET /graphql with a query (CSRF-blocked)', { method: 'GET', query: '?query=%7Bme%7Bid%7D%7D' }),
    raw('GET /graphql with a query and a preflight header', { method: 'GET', query: '?query=%7Bme%7Bid%7D%7D', headers: { 'apollo-require-preflight': '1' } }),
    raw('GET /graphql with a mutation', {
      method: 'GET',
      query: `?query=${encodeURIComponent('mutation { registerAuthority(input: { name: "Via GET", kind: "x" }) { id } }')}`,
      headers: { 'apollo-require-preflight': '1' },
    }),
    raw('PUT /graphql', { method: 'PUT', body: JSON.stringify({ query: '{ me { id } }' }), headers: JSON_HEADERS, statusOnly: true }),
    raw('DELETE /graphql', { method: 'DELETE', statusOnly: true }),
  ];
};

test('requests that are not well-formed operations are client errors and the process stays up', { timeout: 60_000 }, async () => {
  const before = store.count();
  // the body limit, as the API states it in its 413 answer
  const probe = await http(api.url, '/graphql', {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ query: '{ me { id } }', pad: 'p'.repeat(16 * 1024 * 1024) }),
  });
  assert.equal(probe.status, 413, `a 16 MB body is refused: HTTP ${probe.status}`);
  const stated = /limit is (\d+(?:\.\d+)?) (KB|MB)/.exec(probe.body?.errors?.[0]?.message ?? '');
  assert.ok(stated, `the 413 answer states the limit: ${probe.text.slice(0, 200)}`);
  const bodyLimit = Math.ceil(Number(stated[1]) * (stated[2] === 'MB' ? 1024 * 1024 : 1024));
  let n = 0;
  for (const c of NON_OPERATIONS(bodyLimit)) {
    const res = await http(api.url, `/graphql${c.query ?? ''}`, { method: c.method, headers: c.headers, body: c.body, timeoutMs: 30_000 });
    n++;
    if (c.expectStatus) assert.equal(res.status, c.expectStatus, `${c.label}: HTTP ${res.status} ${res.text.slice(0, 200)}`);
    if (c.statusOnly) {
      assert.ok(res.status >= 400 && res.status < 500, `${c.label}: HTTP ${res.status}`);
      assert.ok(!/\bat [^\n]*\.js:\d+/.test(res.text), `${c.label}: stack trace in ${res.text.slice(0, 300)}`);
    } else assertClientError(res, c.label);
    await assertHealthy(api, c.label);
  }
  assert.equal(store.count(), before, 'nothing appended');
  tally.cases += n;
  console.log(`bad input: ${n} non-operation requests (nesting, size, JSON, batching, GET, content types) answered as client errors`);
});

// Found by this suite: Apollo's own request errors without a code the API knows (persisted queries,
// subscriptions) come out as INTERNAL_SERVER_ERROR. See the report: apps/api/src/platform/errors.ts.
const APOLLO_CLIENT_MISTAKES = [
  ['an unknown persisted query hash (the APQ handshake)', { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }],
  [
    'a persisted query hash that does not match the query',
    { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'cd'.repeat(32) } } },
  ],
  ['an unsupported persisted query version', { query: '{ me { id } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'ef'.repeat(32) } } }],
  ['a subscription operation (the schema has none)', { query: 'subscription { me { id } }' }],
];

test('client mistakes Apollo reports itself are client errors, not INTERNAL_SERVER_ERROR', async () => {
  const failures = [];
  for (const [label, body] of APOLLO_CLIENT_MISTAKES) {
    const res = await http(api.url, '/graphql', {
      method: 'POST',
      headers: { ...JSON_HEADERS, authorization: `Bearer ${tokens.consultant}` },
      body: JSON.stringify(body),
    });
    try {
      assertClientError(res, label);
    } catch (e) {
      failures.push(e.message.split('\n').slice(0, 2).join(' '));
    }
    await assertHealthy(api, label);
  }
  assert.deepEqual(failures, [], failures.join('\n'));
});

// Found by this suite: commandId "" is taken as "no commandId" and a fresh one is generated, so the
// command is applied (and a retry with "" applies it again) instead of being refused like "   ".
test('an empty commandId is refused like any other invalid id', async () => {
  const before = store.count();
  const input = { authorityId: ids.authority, name: `Empty commandId ${Date.now()}`, commandId: '' };
  const res = await gql(api.url, 'mutation($i: AddDirectorateInput!) { addDirectorate(input: $i) { id } }', { i: input }, { token: tokens.consultant });
  const appended = store.count() - before;
  assertClientError(res, 'addDirectorate with commandId ""');
  assert.equal(appended, 0, 'nothing appended');
});

// Spreadsheet uploads (importPosts): files that are not what they claim to be.
const IMPORT = 'mutation($i: ImportSheetInput!) { importPosts(input: $i) { importId rowCount } }';
const importFile = (fileName, content) => ({ i: { authorityId: ids.authority, fileName, contentBase64: content.toString('base64'), commandId: randomUUID() } });

test('hostile spreadsheets are refused as client errors', { timeout: 60_000 }, async (t) => {
  const hasImport = rootOperations(schema).some((o) => o.name === 'importPosts');
  if (!hasImport) return t.skip('no importPosts mutation');
  const cases = [
    ['random bytes named .xlsx', 'posts.xlsx', randomBytes(64 * 1024)],
    ['a zip that is not a workbook', 'posts.xlsx', zip([{ name: 'hello.txt', data: 'hello' }])],
    ['a workbook with an empty sheet', 'posts.xlsx', xlsx(SHEET_HEADER + SHEET_FOOTER)],
    ['a workbook whose sheet is not XML', 'posts.xlsx', xlsx('<<<not xml at all')],
    ['a truncated workbook', 'posts.xlsx', xlsx(SHEET_HEADER + SHEET_FOOTER).subarray(0, 300)],
    ['a CSV with an unterminated quote', 'posts.csv', Buffer.from('reference,title\r\n"REL-1,Officer\r\n')],
    ['a CSV with no header row', 'posts.csv', Buffer.from('\r\n\r\n')],
    ['a CSV of NUL bytes', 'posts.csv', Buffer.alloc(4096)],
    ['an executable named .csv', 'posts.csv', Buffer.concat([Buffer.from('MZ'), randomBytes(4096)])],
    ['an unsupported file type', 'posts.pdf', Buffer.from('%PDF-1.7')],
    ['a file name with a path', '../../etc/passwd.csv', Buffer.from('reference,title\r\n')],
  ];
  const before = store.count();
  for (const [label, fileName, content] of cases) {
    const res = await gql(api.url, IMPORT, importFile(fileName, content), { token: tokens.consultant, timeoutMs: 30_000 });
    assertClientError(res, `importPosts: ${label}`);
    await assertHealthy(api, `importPosts: ${label}`);
  }
  assert.equal(store.count(), before, 'no import appended anything');
  tally.cases += cases.length;
  console.log(`bad input: ${cases.length} hostile spreadsheets refused`);
});

// Found by this suite: ExcelJS (via JSZip) inflates every entry of an uploaded .xlsx in memory, and
// nothing bounds the uncompressed size — MAX_FILE_BYTES (7 MB) limits only the compressed file. A
// 260 KB upload costs ~2 s of CPU and ~770 MB of memory; a 1.5 MB one ~26 s and ~3 GB; a 7 MB one
// can take the process (and its host) down.
const readPeakRss = (pid) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024;

test('an upload that inflates to 128 MB is refused without inflating it', { skip: !existsSync('/proc/self/status') && 'needs /proc' }, async () => {
  const bomb = xlsx(SHEET_HEADER + SHEET_FOOTER, [{ name: 'xl/media/image1.png', data: Buffer.alloc(128 * 1024 * 1024) }]);
  assert.ok(bomb.length < 1024 * 1024, `the upload is small (${bomb.length} bytes)`);
  const peakBefore = readPeakRss(api.pid);
  const before = store.count();
  const res = await gql(api.url, IMPORT, importFile('posts.xlsx', bomb), { token: tokens.consultant, timeoutMs: 60_000 });
  assertClientError(res, 'importPosts: a decompression bomb');
  await assertHealthy(api, 'a decompression bomb');
  assert.equal(store.count(), before);
  const grew = readPeakRss(api.pid) - peakBefore;
  assert.ok(grew < 128 * 1024 * 1024, `a ${Math.round(bomb.length / 1024)} KB upload raised the API's peak memory by ${Math.round(grew / 1024 / 1024)} MB`);
});

test('every extensions.code seen in this suite is one of the documented ones', QUICK, () => {
  for (const code of Object.keys(tally.byCode)) assert.ok(ERROR_CODES.includes(code), code);
  assert.ok(tally.cases > 300, `enough cases ran (${tally.cases})`);
});
