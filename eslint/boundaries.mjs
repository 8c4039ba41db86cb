// ESLint rules for the module zones of eslint/zones.mjs: one rule per zone, so a report names
// which boundary an import crosses.
import path from 'node:path';
import { resolveRelative } from './resolve.mjs';
import { zoneRules } from './zones.mjs';

const repoRoot = path.dirname(import.meta.dirname);

// The three rules see the same imports: resolve each (folder, specifier) on disk once per run.
const resolved = new Map();
function target(from, specifier) {
  const key = `${path.posix.dirname(from)}\0${specifier}`;
  if (!resolved.has(key)) resolved.set(key, resolveRelative(repoRoot, from, specifier));
  return resolved.get(key);
}

function zoneRule(violation) {
  return {
    meta: { type: 'problem', schema: [], messages: { crossed: '{{why}}' } },
    create(context) {
      const from = path.relative(repoRoot, context.filename).split(path.sep).join('/');
      function check(node) {
        const specifier = node.source?.value;
        if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
        const why = violation(from, target(from, specifier));
        if (why) context.report({ node: node.source, messageId: 'crossed', data: { why } });
      }
      return {
        ImportDeclaration: check,
        ExportNamedDeclaration: check,
        ExportAllDeclaration: check,
        ImportExpression: check,
      };
    },
  };
}

export const boundaries = {
  meta: { name: 'orgledger-boundaries' },
  rules: Object.fromEntries(Object.entries(zoneRules).map(([id, violation]) => [id, zoneRule(violation)])),
};
