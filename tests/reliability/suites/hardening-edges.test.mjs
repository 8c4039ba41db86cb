// The edges of a production server (NODE_ENV=production, as `npm start` runs it): security headers on
// every response, the schema and the store position for signed-in callers only, and a data folder
// only its user can read — tightened at start even where an older version left it open.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { freshDir, killAllApis, removeTempDirs, REPO, startApi } from '../support/api.mjs';
import { DEMO, gql, http, signIn } from '../support/gql.mjs';
import { SHALLOW_INTROSPECTION, STANDARD_INTROSPECTION } from '../support/schema.mjs';
import { HOOK_TIMEOUT } from '../support/util.mjs';

const WEB_INDEX = join(REPO, 'apps', 'web', 'dist', 'index.html');

let api;
let dataDir;
let token;

before(async () => {
  // a data folder as an older version left it: open to everyone, with a readable secret
  dataDir = join(freshDir('edges'), 'data');
  mkdirSync(dataDir, { mode: 0o755 });
  chmodSync(dataDir, 0o755);
  writeFileSync(join(dataDir, 'token-secret'), 'an-old-token-secret-of-at-least-32-characters');
  chmodSync(join(dataDir, 'token-secret'), 0o644);
  api = await startApi({ dataDir, env: { NODE_ENV: 'production' }, timeoutMs: 90_000 });
  token = (await signIn(api.url, DEMO.consultant)).token;
}, HOOK_TIMEOUT);

after(async () => {
  await killAllApis();
  removeTempDirs();
});

const mode = (path) => (statSync(path).mode & 0o777).toString(8);

test('the data folder is 700 and every file the app made or found in it is 600', async () => {
  // a decision makes sure the store's -wal and -shm files exist too
  const res = await gql(
    api.url,
    'mutation($i: RegisterAuthorityInput!) { registerAuthority(input: $i) { id } }',
    { i: { name: 'Modeshire Council', kind: 'District council' } },
    { token },
  );
  assert.ok(res.body?.data?.registerAuthority?.id, res.text.slice(0, 300));
  assert.equal(mode(dataDir), '700');
  const files = readdirSync(dataDir);
  for (const name of ['token-secret', 'events.sqlite', 'events.sqlite-wal', 'events.sqlite-shm', 'read-models.sqlite', 'read-models.sqlite-wal']) {
    assert.ok(files.includes(name), `${name} is in the data folder (${files.join(', ')})`);
  }
  const open = files.filter((f) => mode(join(dataDir, f)) !== '600').map((f) => `${f} ${mode(join(dataDir, f))}`);
  assert.deepEqual(open, [], 'files not 600');
  console.log(`data folder: 700 with ${files.length} files, all 600: ${files.join(', ')}`);
});

const assertSecurityHeaders = (headers, where) => {
  const csp = headers.get('content-security-policy') ?? '';
  assert.match(csp, /frame-ancestors 'none'/, `${where}: CSP ${csp}`);
  assert.match(csp, /script-src 'self'(;|$)/, `${where}: scripts from this origin only, no inline script`);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, `${where}: CSP ${csp}`);
  assert.equal(headers.get('x-content-type-options'), 'nosniff', where);
  assert.equal(headers.get('referrer-policy'), 'no-referrer', where);
  assert.equal(headers.get('x-frame-options'), 'DENY', where);
  // plain HTTP, no proxy: no HSTS (a browser would ignore it, and nothing promises TLS)
  assert.equal(headers.get('strict-transport-security'), null, `${where}: no HSTS without TLS`);
};

test('security headers on the page, a static asset, /graphql and an error; HSTS behind a TLS proxy', async () => {
  const page = await http(api.url, '/', { headers: { accept: 'text/html' } });
  assert.equal(page.status, 200);
  assert.match(page.text, /<div id="root">/);
  // the built client has no inline script, so the policy does not break it
  const scripts = [...page.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  assert.ok(scripts.length > 0 && scripts.every((s) => / src="\/assets\//.test(s)), scripts.join(' '));
  assert.equal(readFileSync(WEB_INDEX, 'utf8').match(/<script\b(?![^>]*\bsrc=)[^>]*>/g), null, 'no inline <script> in the built index.html');
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)[1];
  const script = await http(api.url, asset);
  assert.equal(script.status, 200);
  const graphql = await gql(api.url, '{ __typename }');
  assert.equal(graphql.status, 200);
  const missing = await http(api.url, '/graphql', { method: 'PUT' });
  for (const [where, res] of [
    ['/', page],
    [asset, script],
    ['/graphql', graphql],
    ['PUT /graphql', missing],
  ])
    assertSecurityHeaders(res.headers, where);

  // TRUST_PROXY believes loopback by default: a proxy saying the client came over HTTPS gets HSTS
  const tls = await http(api.url, '/healthz', { headers: { 'x-forwarded-proto': 'https' } });
  assert.equal(tls.headers.get('strict-transport-security'), 'max-age=31536000; includeSubDomains');
});

test('in production the schema is described to signed-in callers only', async () => {
  for (const query of [SHALLOW_INTROSPECTION, STANDARD_INTROSPECTION, '{ __type(name: "Query") { name } }']) {
    const res = await gql(api.url, query);
    assert.equal(res.status, 401, res.text.slice(0, 200));
    assert.equal(res.body.data, undefined);
    assert.equal(res.body.errors[0].extensions.code, 'UNAUTHENTICATED');
    assert.equal(res.body.errors[0].extensions.errorCode, 'INTROSPECTION_REQUIRES_SIGN_IN');
  }
  const forged = await gql(api.url, SHALLOW_INTROSPECTION, undefined, { token: `${token.slice(0, -4)}AAAA` });
  assert.equal(forged.body.errors[0].extensions.errorCode, 'INTROSPECTION_REQUIRES_SIGN_IN');
  // with a token it is answered, the standard (14-level) query too: the isolation suites rely on it
  for (const query of [SHALLOW_INTROSPECTION, STANDARD_INTROSPECTION]) {
    const res = await gql(api.url, query, undefined, { token });
    assert.equal(res.status, 200, res.text.slice(0, 200));
    assert.ok(res.body.data.__schema.queryType, res.text.slice(0, 200));
  }
  // __typename is not introspection of the schema: clients send it anonymously
  assert.deepEqual((await gql(api.url, '{ __typename }')).body, { data: { __typename: 'Query' } });
});

test('in production /readyz tells anonymous callers only whether it is ready, not the store position', async () => {
  const anonymous = await http(api.url, '/readyz');
  assert.equal(anonymous.status, 200);
  assert.deepEqual(anonymous.body, { status: 'ready' });
  const signedIn = await http(api.url, '/readyz', { headers: { authorization: `Bearer ${token}` } });
  assert.equal(signedIn.status, 200);
  assert.match(signedIn.body.head, /^\d+:\d+$/);
  assert.equal(signedIn.body.status, 'ready');
});
