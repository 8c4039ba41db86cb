// The production files in infra/ parse and say what infra/README.md says they do. No container
// engine or cluster runs here: `docker compose config` and `kubectl kustomize` run when present.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, parseAllDocuments } from 'yaml';
import { REPO } from '../support/api.mjs';

const INFRA = join(REPO, 'infra');
const read = (...path) => readFileSync(join(INFRA, ...path), 'utf8');
const readme = read('README.md');
const has = (command, args) => {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

test('compose: a 3-node KurrentDB cluster with TLS, two API replicas on it, and a reverse proxy', () => {
  const compose = parse(read('compose.yaml'), { merge: true });
  const nodes = ['node1', 'node2', 'node3'];
  for (const [i, name] of nodes.entries()) {
    const node = compose.services[name];
    assert.match(node.image, /kurrentdb/);
    assert.equal(node.environment.KURRENTDB_CLUSTER_SIZE, '3');
    const seeds = node.environment.KURRENTDB_GOSSIP_SEED.split(',').map((s) => s.split(':')[0]);
    const others = nodes.filter((n) => n !== name).map((n) => compose.services[n].networks.cluster.ipv4_address);
    assert.deepEqual(seeds, others, `${name} gossips with the other two`);
    assert.match(node.environment.KURRENTDB_CERTIFICATE_FILE, new RegExp(`node${i + 1}/node.crt$`));
    assert.ok(node.healthcheck?.test, `${name} has a health check`);
  }
  for (const name of ['api1', 'api2']) {
    const api = compose.services[name];
    assert.equal(api.build.dockerfile, 'infra/Dockerfile');
    assert.equal(api.environment.EVENT_STORE, 'kurrentdb');
    assert.match(api.environment.KURRENTDB_URL, /^kurrentdb:\/\/admin:\$\{KURRENTDB_ADMIN_PASSWORD\}@node1:2113,node2:2113,node3:2113\?tls=true&tlsCAFile=/);
    assert.match(api.environment.TOKEN_SECRET, /TOKEN_SECRET:\?/, 'the shared token secret is required, never defaulted');
    assert.match(api.healthcheck.test.join(' '), /\/readyz/);
    assert.ok(
      api.volumes.some((v) => v.endsWith(':/data')),
      `${name} keeps its read models in its own volume`,
    );
  }
  assert.equal(compose.services.api2.depends_on.api1.condition, 'service_healthy', 'only the first replica can seed an empty cluster');
  assert.deepEqual(Object.keys(compose.services.proxy.depends_on).sort(), ['api1', 'api2']);
  assert.deepEqual(
    [...read('nginx.conf').matchAll(/server (api\d):3000/g)].map((m) => m[1]),
    ['api1', 'api2'],
  );
  if (has('docker', ['compose', 'version'])) {
    execFileSync('docker', ['compose', '-f', join(INFRA, 'compose.yaml'), 'config', '-q'], {
      env: { ...process.env, TOKEN_SECRET: 'x'.repeat(40), AUDIT_SIGNING_KEY: 'pem' },
      stdio: 'pipe',
    });
    console.log('infra: docker compose config accepted compose.yaml');
  } else console.log('infra: docker compose is not installed here; compose.yaml checked by parsing only');
});

test('Dockerfile: multi-stage, production dependencies only, no test server, non-root, health check', () => {
  const lines = read('Dockerfile').split('\n');
  const stages = lines.filter((l) => /^FROM /.test(l));
  assert.equal(stages.length, 2);
  const runtime = lines.slice(lines.findIndex((l) => /^FROM .* AS runtime/.test(l)));
  const copies = runtime.filter((l) => l.startsWith('COPY'));
  assert.ok(
    copies.every((l) => l.includes('--from=build')),
    'the runtime stage copies only build output',
  );
  assert.ok(!copies.some((l) => /kurrentdb-test-server|tests\/|\/src\b/.test(l)), 'no test server, tests or sources in the runtime image');
  assert.ok(
    lines.some((l) => /npm prune --omit=dev/.test(l)),
    'dev dependencies are pruned',
  );
  assert.ok(
    lines.some((l) => /rm -rf node_modules\/@orgledger\/kurrentdb-test-server/.test(l)),
    'the test server link is removed',
  );
  assert.ok(
    runtime.some((l) => /^USER node$/.test(l)),
    'runs as the unprivileged node user',
  );
  assert.ok(runtime.some((l) => /^HEALTHCHECK /.test(l)));
  assert.ok(read('Dockerfile.dockerignore').includes('**/node_modules'));
});

test('Kubernetes: API Deployment gated on /readyz, its config and secret, and KurrentDB as a StatefulSet', () => {
  const files = readdirSync(join(INFRA, 'k8s')).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
  const docs = files.flatMap((f) => parseAllDocuments(read('k8s', f)).map((d) => d.toJS()));
  const kind = (k, name) => docs.find((d) => d.kind === k && (!name || d.metadata.name === name));
  const listed = parse(read('k8s', 'kustomization.yaml')).resources.sort();
  assert.deepEqual(listed, files.sort(), 'kustomization lists every manifest');

  const api = kind('Deployment', 'orgledger-api').spec.template.spec;
  const container = api.containers[0];
  assert.equal(container.readinessProbe.httpGet.path, '/readyz');
  assert.equal(container.livenessProbe.httpGet.path, '/healthz');
  assert.equal(api.securityContext.runAsNonRoot, true);
  assert.deepEqual(
    container.envFrom.map((e) => Object.keys(e)[0]),
    ['configMapRef', 'secretRef'],
  );
  assert.equal(kind('Service', 'orgledger-api').spec.selector['app.kubernetes.io/name'], 'orgledger-api');
  const config = kind('ConfigMap', 'orgledger-api').data;
  assert.equal(config.EVENT_STORE, 'kurrentdb');
  assert.equal(config.KURRENTDB_URL, undefined, 'the connection string holds a password: it belongs in the Secret');
  assert.match(readme, /KURRENTDB_URL="kurrentdb\+discover:\/\/admin:\$DB_PASSWORD@kurrentdb\.orgledger\.svc\.cluster\.local:2113\?tls=true/);

  const db = kind('StatefulSet', 'kurrentdb').spec;
  assert.equal(db.replicas, 3);
  assert.equal(db.serviceName, 'kurrentdb');
  assert.equal(kind('Service', 'kurrentdb').spec.clusterIP, 'None');
  const env = Object.fromEntries(db.template.spec.containers[0].env.map((e) => [e.name, e.value ?? e.valueFrom]));
  assert.equal(env.KURRENTDB_CLUSTER_SIZE, '3');
  assert.deepEqual(env.KURRENTDB_DEFAULT_ADMIN_PASSWORD, { secretKeyRef: { name: 'kurrentdb-admin', key: 'password' } });
  assert.equal(env.KURRENTDB_DISCOVER_VIA_DNS, 'true');

  if (has('kubectl', ['version', '--client'])) {
    const rendered = execFileSync('kubectl', ['kustomize', join(INFRA, 'k8s')], { encoding: 'utf8' });
    const kinds = parseAllDocuments(rendered)
      .map((d) => d.toJS().kind)
      .sort();
    assert.deepEqual(kinds, ['ConfigMap', 'Deployment', 'Namespace', 'Service', 'Service', 'StatefulSet']);
    console.log('infra: kubectl kustomize rendered infra/k8s');
  } else console.log('infra: kubectl is not installed here; manifests checked by parsing only');

  // every setting a deployment file sets is documented
  const compose = parse(read('compose.yaml'), { merge: true });
  const settings = new Set([...Object.keys(config), ...Object.keys(compose.services.api1.environment), 'TOKEN_SECRET', 'AUDIT_SIGNING_KEY']);
  for (const key of Object.keys(compose.services.node1.environment)) settings.add(key);
  for (const key of Object.keys(env)) if (key.startsWith('KURRENTDB_')) settings.add(key);
  for (const line of read('.env.example').split('\n')) if (/^[A-Z_]+=/.test(line)) settings.add(line.split('=')[0]);
  for (const key of settings) assert.ok(readme.includes(`\`${key}\``), `infra/README.md documents ${key}`);
});
