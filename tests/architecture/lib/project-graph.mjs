// Nx writes its project graph to .nx/workspace-data whenever it runs (as under `npm test`); make
// sure one exists and is current when the spec runs on its own.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from './sources.mjs';

const nxBin = path.join(path.dirname(createRequire(import.meta.url).resolve('nx/package.json')), 'dist/bin/nx.js');

export function ensureProjectGraph() {
  execFileSync(process.execPath, [nxBin, 'show', 'projects'], { cwd: repoRoot, stdio: 'ignore' });
}
