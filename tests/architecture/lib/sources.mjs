// The repository's TypeScript and JavaScript sources, read once: what the import graph is built on.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
// Built, installed, generated-at-run-time or deliberately wrong: never product source.
const SKIP = new Set(['node_modules', 'dist', '.nx', '.git', 'coverage', 'data', 'out', 'fixtures']);

function walk(dir, found) {
  for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !SKIP.has(entry.name)) walk(rel, found);
    else if (entry.isFile() && SOURCE.test(entry.name)) found.push(rel);
  }
  return found;
}

// Files under the workspaces' folders, as `{ path, text }` with repository-relative paths.
export function readSources(folders = ['apps', 'packages', 'tests', 'tools']) {
  return folders.flatMap((folder) => walk(folder, [])).map((file) => ({ path: file, text: readFileSync(path.join(repoRoot, file), 'utf8') }));
}

// Workspace package name → folder, from the root package.json's workspace globs (`dir/*`).
export function readWorkspaces() {
  const { workspaces } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const packages = new Map();
  for (const glob of workspaces) {
    const parent = glob.replace(/\/\*$/, '');
    for (const entry of readdirSync(path.join(repoRoot, parent), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      try {
        const manifest = JSON.parse(readFileSync(path.join(repoRoot, parent, entry.name, 'package.json'), 'utf8'));
        packages.set(manifest.name, `${parent}/${entry.name}`);
      } catch {
        // a folder without a package.json is not a workspace
      }
    }
  }
  return packages;
}
