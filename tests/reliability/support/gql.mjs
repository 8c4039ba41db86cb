// GraphQL over real HTTP (fetch), sign-in, and the checks every answer of these suites must pass.
import assert from 'node:assert/strict';

export const DEMO_PASSWORD = 'orgledger-demo-2026';
export const DEMO = {
  admin: 'admin@meridian.example',
  consultant: 'consultant@meridian.example',
  auditor: 'auditor@meridian.example',
  director: 'director.highways@northshire.example',
  hr: 'hr@northshire.example',
};
export const DEMO_TENANT_NAME = 'Meridian Change Partners';
export const NORTHSHIRE = 'Northshire County Council';
export const EASTBROOK = 'Eastbrook Borough Council';

export const ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT'];

/**
 * POST /graphql. Returns { status, body, text, ok } where body is the parsed JSON (or null).
 * Network failures throw (the crash suite relies on that); options.timeoutMs bounds the request.
 */
export const gql = async (url, query, variables, { token, headers = {}, timeoutMs = 20_000, onResponse } = {}) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(variables === undefined ? { query } : { query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return readAnswer(res, onResponse);
};

// Any HTTP request to the API, answer read as text and (when possible) JSON.
export const http = async (url, path, { method = 'GET', headers = {}, body, timeoutMs = 20_000, onResponse } = {}) => {
  const res = await fetch(`${url}${path}`, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
  return readAnswer(res, onResponse);
};

const readAnswer = async (res, onResponse) => {
  const text = await res.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  onResponse?.(text);
  return { status: res.status, body, text, headers: res.headers };
};

export const codesOf = (body) => (body?.errors ?? []).map((e) => e?.extensions?.code);
export const codeOf = (body) => codesOf(body)[0];

const SIGN_IN =
  'mutation SignIn($i: SignInInput!) { signIn(input: $i) { token expiresAt me { id email role tenantId tenantName authorityId serviceId authorityIds } } }';

// Signs in; returns { token, me }. Throws with the answer when it fails.
export const signIn = async (url, email, password = DEMO_PASSWORD, options = {}) => {
  const res = await gql(url, SIGN_IN, { i: { email, password } }, options);
  const payload = res.body?.data?.signIn;
  if (!payload?.token) throw new Error(`sign-in failed for ${email}: HTTP ${res.status} ${res.text.slice(0, 500)}`);
  return { token: payload.token, me: payload.me };
};

export const signInAnswer = (url, email, password, options = {}) => gql(url, SIGN_IN, { i: { email, password } }, options);

// A line "at fn (/path/file.js:12:34)" or a "stacktrace" key means internals leaked to the client.
const STACK_LINE = /\bat [^\n]*\.(?:[cm]?js|ts):\d+/;

/**
 * The answer is a client error: HTTP status < 500, at least one error, every extensions.code in the
 * allowed list (never INTERNAL_SERVER_ERROR), non-empty messages that carry no stack trace.
 */
export const assertClientError = (res, context, { allowed = ERROR_CODES } = {}) => {
  const where = `${context}\n  answer: HTTP ${res.status} ${res.text.slice(0, 600)}`;
  assert.ok(res.status < 500, `HTTP ${res.status} (server error) for ${where}`);
  assert.ok(res.body && typeof res.body === 'object', `answer is not JSON for ${where}`);
  assert.ok(Array.isArray(res.body.errors) && res.body.errors.length > 0, `no error in the answer for ${where}`);
  for (const e of res.body.errors) {
    const code = e?.extensions?.code;
    assert.ok(allowed.includes(code), `extensions.code ${JSON.stringify(code)} not in ${allowed.join('/')} for ${where}`);
    assert.equal(typeof e.message, 'string', `error without a message for ${where}`);
    assert.ok(e.message.trim().length > 0, `empty error message for ${where}`);
    assert.ok(!STACK_LINE.test(e.message), `stack trace in the message for ${where}`);
  }
  assert.ok(!/"stacktrace"/i.test(res.text), `"stacktrace" key in the answer for ${where}`);
  assert.ok(!STACK_LINE.test(res.text), `stack trace in the answer for ${where}`);
};

// A successful GraphQL answer: HTTP 200, data present, no errors.
export const assertData = (res, context) => {
  assert.equal(res.status, 200, `HTTP ${res.status} for ${context}: ${res.text.slice(0, 600)}`);
  assert.ok(!res.body?.errors, `errors for ${context}: ${res.text.slice(0, 600)}`);
  assert.ok(res.body?.data, `no data for ${context}: ${res.text.slice(0, 600)}`);
  return res.body.data;
};

// /healthz answers {status:'up'}.
export const assertHealthy = async (api, context) => {
  assert.ok(api.isRunning(), `API process is gone (${context}):\n${api.output().slice(-3000)}`);
  const res = await http(api.url, '/healthz', { timeoutMs: 5000 });
  assert.equal(res.status, 200, `/healthz after ${context}: ${res.status} ${res.text}`);
  assert.deepEqual(res.body, { status: 'up' });
};

// Decodes a token's claims (no verification: the tests only need to copy them).
export const claimsOf = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

const INVITE = 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id email role authorityId serviceId } token } }';
const ACCEPT = 'mutation($i: UseLinkInput!) { acceptInvitation(input: $i) { token } }';

// A user as the product makes one: invited (no password), then the invitee sets theirs through the
// link. Returns { user, answers } with the invitation's and the acceptance's raw answers.
export const inviteAndAccept = async (url, inviterToken, input, password, options = {}) => {
  const invited = await gql(url, INVITE, { i: input }, { ...options, token: inviterToken });
  const link = invited.body?.data?.inviteUser;
  if (!link) return { user: null, answers: { invited } };
  const accepted = await gql(url, ACCEPT, { i: { token: link.token, password } }, options);
  return { user: link.user, answers: { invited, accepted } };
};
