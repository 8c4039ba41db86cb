// The import graph: every import, export-from, dynamic import() and require() of every file,
// found with TypeScript's own pre-processor (no type-checking, so it takes a second or two).
import ts from 'typescript';
import { resolveImport } from '../../../eslint/resolve.mjs';

export function importsOf(text) {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map((f) => f.fileName);
}

// `{ from, specifier, target }` for every import; target from eslint/resolve.mjs.
export function buildGraph(repoRoot, files, workspaces, exists) {
  return files.flatMap((file) =>
    importsOf(file.text).map((specifier) => ({
      from: file.path,
      specifier,
      target: resolveImport(repoRoot, file.path, specifier, workspaces, exists),
    })),
  );
}

// Strongly connected components with more than one file (Tarjan): each one is an import cycle.
export function findCycles(edges, files) {
  const next = new Map(files.map((f) => [f.path, []]));
  for (const e of edges) if (e.target.kind === 'file' && next.has(e.target.path)) next.get(e.from).push(e.target.path);
  const index = new Map();
  const low = new Map();
  const stack = [];
  const cycles = [];
  const visit = (v) => {
    index.set(v, index.size);
    low.set(v, index.get(v));
    stack.push(v);
    for (const w of next.get(v)) {
      if (!index.has(w)) visit(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v), low.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = stack.splice(stack.indexOf(v));
    if (component.length > 1 || next.get(v).includes(v)) cycles.push(component.sort());
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return cycles;
}
