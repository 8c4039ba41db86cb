import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { once } from 'node:events';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const apiMain = join(repoRoot, 'apps', 'api', 'dist', 'main.js');
export const webIndex = join(repoRoot, 'apps', 'web', 'dist', 'index.html');
export const DEMO_PASSWORD = 'orgledger-demo-2026';

const host = '127.0.0.1';
// Generous: a loaded machine (two journey files boot at once) can take 20 s to seed the demo.
const bootTimeoutMs = 90_000;

async function waitForReady(url, deadline) {
  for (;;) {
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not accepting connections yet
    }
    if (Date.now() > deadline) throw new Error(`${url}/readyz did not answer 200 within ${bootTimeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// The API listens on a port the kernel picks (PORT=0) and prints it: no race between two journey
// files asking for a free port at once. Resolves to the URL it printed, once its read models are ready.
async function waitForBoot(child, output) {
  const deadline = Date.now() + bootTimeoutMs;
  const url = await new Promise((resolveBoot, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start within ${bootTimeoutMs / 1000} s:\n${output()}`)), bootTimeoutMs);
    const onData = () => {
      const listening = /OrgLedger listening on (http:\/\/\S+)/.exec(output());
      if (listening) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.off('exit', onExit);
        resolveBoot(listening[1]);
      }
    };
    const onExit = (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`API exited (${signal ?? code}) before listening:\n${output()}`));
    };
    child.stdout.on('data', onData);
    child.once('exit', onExit);
    onData();
  });
  if (output().includes('(not built')) throw new Error(`The API did not find the web client at ${webIndex}:\n${output()}`);
  // Listening is not enough: the demo's read models must have caught up with the seeded events.
  await waitForReady(url, deadline);
  return url;
}

function spawnApi(dataDir) {
  return spawn(process.execPath, [apiMain], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: host, DATA_DIR: dataDir, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Boots the API once on a fresh folder (it seeds the demo), stops it cleanly and returns the folder. */
export async function seedDemoTemplate() {
  if (!existsSync(apiMain)) throw new Error(`${apiMain} is missing: run \`npm run build -w @orgledger/api\` first.`);
  const dataDir = mkdtempSync(join(tmpdir(), 'orgledger-e2e-demo-'));
  const child = spawnApi(dataDir);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    await waitForBoot(child, () => output);
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  }
  return dataDir;
}

/**
 * Boots the built API on a fresh data folder (so it seeds the demo consultancy) and a free port.
 * Journey files run two at a time, each with its own API, folder and browser.
 * The API also serves the built web client. Stops the API and removes the folder in `after()`.
 */
export async function startApi() {
  if (!existsSync(apiMain)) throw new Error(`${apiMain} is missing: run \`npm run build -w @orgledger/api\` first.`);
  if (!existsSync(webIndex)) throw new Error(`${webIndex} is missing: run \`npm run build -w @orgledger/web\` first.`);

  const dataDir = mkdtempSync(join(tmpdir(), 'orgledger-e2e-'));
  // A copy of the demo seeded once for the whole run (support/run.mjs), else a fresh seed.
  if (process.env.E2E_DEMO_TEMPLATE) cpSync(process.env.E2E_DEMO_TEMPLATE, dataDir, { recursive: true });
  const child = spawnApi(dataDir);
  let output = '';
  const collect = (chunk) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Never leave an API behind, even if the test process dies mid-run.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  after(async () => {
    process.off('exit', killOnExit);
    await stop();
  });

  let url;
  try {
    url = await waitForBoot(child, () => output);
  } catch (error) {
    // A file whose API never came up fails before any test runs, so `after()` may not: clean up here.
    process.off('exit', killOnExit);
    await stop();
    throw error;
  }

  return { url, dataDir, logs: () => output, graphql: (query, variables, token) => graphql(url, query, variables, token) };
}

// Setting the scene through the API (what another person did before the journey starts); any
// error fails the test at once.
async function graphql(url, query, variables, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}
