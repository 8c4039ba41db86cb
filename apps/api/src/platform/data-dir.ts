// The data folder holds the token secret, the audit signing key and every event: only the user the
// app runs as may read it. From the start on, the process creates files 600 and folders 700 (SQLite
// gives its -wal and -shm files the mode of their database); what an older version left behind is
// tightened here, on every start.
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

export const DATA_DIR_MODE = 0o700;
export const DATA_FILE_MODE = 0o600;

// chmod needs ownership: a mounted volume's root (Kubernetes fsGroup) may belong to root; that is
// said on stderr, not fatal, since the volume's own permissions then decide.
const chmodOrWarn = (path: string, mode: number) => {
  try {
    chmodSync(path, mode);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM') throw e;
    process.stderr.write(`${JSON.stringify({ level: 'warn', msg: 'Could not tighten a data file (not its owner)', path, mode: mode.toString(8) })}\n`);
  }
};

const tighten = (dir: string) => {
  chmodOrWarn(dir, DATA_DIR_MODE);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path); // a symlink is left alone: chmod would follow it out of the folder
    if (stat.isDirectory()) tighten(path);
    else if (stat.isFile()) chmodOrWarn(path, DATA_FILE_MODE);
  }
};

export const prepareDataDir = (dir: string) => {
  if (isMainThread) process.umask(0o077); // workers cannot set it; they share the main thread's
  mkdirSync(dir, { recursive: true, mode: DATA_DIR_MODE });
  tighten(dir);
};
