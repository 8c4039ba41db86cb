// Where an import points, the way TypeScript and Node would find it, reduced to what the boundary
// rules need: a repository-relative file for a relative import, the workspace package for
// `@orgledger/*`, and the package name for anything else.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.d.ts', '.js', '.mjs', '.jsx', '.cjs', '.json'];
const INDEXES = ['/index.ts', '/index.tsx', '/index.mts', '/index.js', '/index.mjs'];
const isFile = (file) => existsSync(file) && statSync(file).isFile();

// `./x.js` in TypeScript source names `./x.ts`.
function candidates(base) {
  const swapped = base.match(/^(.*)\.(m?)js$/);
  const renamed = swapped ? [`${swapped[1]}.${swapped[2]}ts`, `${swapped[1]}.tsx`] : [];
  return [base, ...renamed, ...EXTENSIONS.map((e) => base + e), ...INDEXES.map((i) => base + i)];
}

// Relative specifier → repository-relative file; the bare joined path when no file matches.
// `exists` lets the architecture spec resolve its fixtures at the paths they pretend to live at.
export function resolveRelative(repoRoot, from, specifier, exists = (file) => isFile(path.join(repoRoot, file))) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return candidates(base).find(exists) ?? base;
}

// `@scope/name/sub/path` → `@scope/name`; `node:fs` → `node:fs`; `fs/promises` → `fs`.
export function packageName(specifier) {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export function resolveImport(repoRoot, from, specifier, workspaces, exists) {
  if (specifier.startsWith('.')) return { kind: 'file', path: resolveRelative(repoRoot, from, specifier, exists) };
  const name = packageName(specifier);
  const dir = workspaces.get(name);
  if (dir) return { kind: 'workspace', name, path: [dir, ...specifier.split('/').slice(2)].join('/') };
  return { kind: 'external', name };
}
