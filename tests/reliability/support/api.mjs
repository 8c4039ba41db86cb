// Starts and stops the real API (apps/api/dist/main.js) as a child process, and runs the operator CLI.
// Every process started here is tracked, so a suite's after() (and, as a last resort, process exit)
// kills whatever is still running even when a test failed half-way.
import { spawn, execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const API_MAIN = join(REPO, 'apps', 'api', 'dist', 'main.js');
export const CLI = join(REPO, 'apps', 'api', 'bin', 'orgledger.js');

const LISTENING = /OrgLedger listening on (http:\/\/[^\s]+):(\d+)/;
const live = new Set();
const tempDirs = new Set();

process.on('exit', () => {
  for (const child of live) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

export const requireBuild = () => {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npm run build\` at the repository root first.`);
};

// A fresh, empty temp folder, removed by removeTempDirs() (or at exit).
export const freshDir = (label) => {
  const dir = mkdtempSync(join(tmpdir(), `orgledger-rel-${label}-`));
  tempDirs.add(dir);
  return dir;
};

export const removeTempDirs = () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Polls fn until it returns a truthy value; throws with `what` after timeoutMs.
export const poll = async (what, fn, { timeoutMs = 15_000, intervalMs = 25 } = {}) => {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await sleep(intervalMs);
  }
};

/**
 * Starts the API on dataDir. Resolves once it printed its URL and /readyz answers 200.
 * Returns { url, port, pid, child, output(), exited, kill(signal), stop() }.
 */
export const startApi = async ({ dataDir, port = 0, env = {}, timeoutMs = 30_000 } = {}) => {
  requireBuild();
  const child = spawn(process.execPath, [API_MAIN], {
    // no background audit sealing unless a suite asks for it: a checkpoint appended between two
    // counts of the store would look like an event appended by the request under test
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, AUDIT_SEAL_INTERVAL_MINUTES: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const chunks = [];
  let stdout = '';
  const exited = new Promise((resolveExit) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolveExit({ code, signal });
    }),
  );
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    chunks.push(d);
    stdout += d;
  });
  child.stderr.on('data', (d) => chunks.push(d));
  const output = () => chunks.join('');

  let exitInfo = null;
  exited.then((info) => (exitInfo = info));
  let url;
  try {
    const m = await poll(
      'the API to print its URL',
      () => {
        if (exitInfo) throw new Error(`API exited (${JSON.stringify(exitInfo)}) before listening:\n${output().slice(-4000)}`);
        return LISTENING.exec(stdout);
      },
      { timeoutMs, intervalMs: 20 },
    ).catch((e) => {
      if (exitInfo) throw new Error(`API exited (${JSON.stringify(exitInfo)}) before listening:\n${output().slice(-4000)}`);
      throw e;
    });
    url = `${m[1]}:${m[2]}`;
    await poll('/readyz to answer 200', async () => (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) })).status === 200, {
      timeoutMs,
      intervalMs: 25,
    });
  } catch (e) {
    child.kill('SIGKILL');
    await exited;
    throw e;
  }
  const api = {
    url,
    port: Number(new URL(url).port),
    pid: child.pid,
    child,
    dataDir,
    output,
    exited,
    isRunning: () => exitInfo === null,
    // SIGKILL by default: what a crash looks like. Resolves when the process is gone.
    kill: async (signal = 'SIGKILL') => {
      if (exitInfo) return exitInfo;
      child.kill(signal);
      return exited;
    },
    // Graceful stop (SIGTERM: the API closes its stores), SIGKILL if it does not exit in 10 s.
    stop: async () => {
      if (exitInfo) return exitInfo;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const info = await exited;
      clearTimeout(timer);
      return info;
    },
  };
  return api;
};

// Kills every API process this file started that is still running (for after() hooks).
export const killAllApis = async () => {
  const waits = [];
  for (const child of live) {
    waits.push(new Promise((r) => child.once('exit', r)));
    child.kill('SIGKILL');
  }
  await Promise.all(waits);
};

// Runs the operator CLI; never throws on a non-zero exit code.
export const runCli = (args, { timeoutMs = 60_000, env = {} } = {}) =>
  new Promise((resolveRun) => {
    execFile(process.execPath, [CLI, ...args], { timeout: timeoutMs, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolveRun({ code, stdout, stderr, signal: error?.signal ?? null });
    });
  });

// `orgledger tenant create` on dataDir; returns { tenantId, adminUserId }.
export const createTenantWithCli = async (dataDir, { name, email, password }) => {
  const r = await runCli(['tenant', 'create', '--name', name, '--admin-email', email, '--admin-password', password, '--data-dir', dataDir]);
  if (r.code !== 0) throw new Error(`orgledger tenant create failed (${r.code}): ${r.stderr}${r.stdout}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
};

// Waits until the running API's read models include everything in the store (e.g. after a CLI append).
export const waitCaughtUp = async (api, headPosition) =>
  poll(`the API's read models to reach position ${headPosition}`, async () => {
    const res = await fetch(`${api.url}/readyz`, { signal: AbortSignal.timeout(2000) });
    if (res.status !== 200) return false;
    const body = await res.json();
    const checkpoint = body.checkpoint ? Number(String(body.checkpoint).split(':')[0]) : 0;
    return checkpoint >= headPosition;
  });
