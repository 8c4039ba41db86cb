// Figure 4: the consultant's dashboard query under load (autocannon, 10 connections) against the
// API in its own process, next to the bare GraphQL server on the same stack answering a constant,
// in alternating rounds.
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { BENCH_DIR } from '../lib/paths.mjs';
import { cpuSecondsOf, httpJson } from '../lib/child.mjs';
import { alternate, median } from '../lib/measure.mjs';

const autocannon = createRequire(join(BENCH_DIR, 'package.json'))('autocannon');

export const ROUNDS = 3;
export const ROUND_SECONDS = 3.5; // ~10 s of load for each side
export const CONNECTIONS = 10;
// What the consultant's authorities dashboard shows: each council with its numbers of directorates
// and services (counts: the lists are for the council's own page) and its programmes.
export const DASHBOARD_QUERY =
  '{ me { id displayName tenantName } authorities { id name kind revision directorateCount serviceCount programmes { id name stage startedOn } } }';

export const signIn = async (port, email, password) => {
  const res = await httpJson(port, '/graphql', {
    body: { query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token } }', variables: { input: { email, password } } },
  });
  const token = res.json?.data?.signIn?.token;
  if (!token) throw new Error(`sign-in as ${email} failed: ${res.text.slice(0, 300)}`);
  return token;
};

const load = (port, body, headers, seconds) =>
  new Promise((resolve, reject) => {
    autocannon(
      {
        url: `http://127.0.0.1:${port}/graphql`,
        method: 'POST',
        connections: CONNECTIONS,
        duration: seconds,
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });

// One load round; the server's CPU per request is read from /proc around it.
const round = async (port, pid, body, headers) => {
  const cpu = cpuSecondsOf(pid);
  const r = await load(port, body, headers, ROUND_SECONDS);
  const cpuMs = ((cpuSecondsOf(pid) - cpu) * 1000) / Math.max(1, r.requests.total);
  if (r.errors || r.non2xx || r.timeouts) throw new Error(`load run had ${r.errors} errors, ${r.non2xx} non-2xx, ${r.timeouts} timeouts`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, cpuMs };
};

export const measureDashboard = async ({ apiPort, apiPid, barePort, barePid, tenant, password, log }) => {
  const token = await signIn(apiPort, tenant.consultantEmail, password);
  const headers = { authorization: `Bearer ${token}` };
  // the answer must be the whole tenant, not an error (GraphQL errors come back as 200)
  const check = await httpJson(apiPort, '/graphql', { body: { query: DASHBOARD_QUERY }, headers });
  const authorities = check.json?.data?.authorities;
  if (!authorities) throw new Error(`dashboard query failed: ${check.text.slice(0, 300)}`);
  const services = authorities.reduce((n, a) => n + a.serviceCount, 0);
  if (authorities.length !== tenant.councils || services !== tenant.services) {
    throw new Error(`dashboard shows ${authorities.length} authorities / ${services} services; the data set has ${tenant.councils} / ${tenant.services}`);
  }
  const api = () => round(apiPort, apiPid, { query: DASHBOARD_QUERY }, headers);
  const bare = () => round(barePort, barePid, { query: '{ hello }' }, {});
  await load(apiPort, { query: DASHBOARD_QUERY }, headers, 1); // warm-up: JIT, caches
  await load(barePort, { query: '{ hello }' }, {}, 1);
  const samples = await alternate(ROUNDS, { bare, api }, log);
  return {
    rps: median(samples.api.map((s) => s.rps)),
    p50: median(samples.api.map((s) => s.p50)),
    p99: median(samples.api.map((s) => s.p99)),
    bareRps: median(samples.bare.map((s) => s.rps)),
    bareP99: median(samples.bare.map((s) => s.p99)),
    cpuMsPerRequest: median(samples.api.map((s) => s.cpuMs)),
    bareCpuMsPerRequest: median(samples.bare.map((s) => s.cpuMs)),
    responseBytes: Buffer.byteLength(check.text),
    authorities: authorities.length,
    services,
    rounds: ROUNDS,
    roundSeconds: ROUND_SECONDS,
  };
};
