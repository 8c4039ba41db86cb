// The architecture rules, each a function from the sources and their import graph to the files
// that break it: `[{ file, detail }]`. Rule ids of the zone rules match their ESLint rules.
import ts from 'typescript';
import { isIoImport } from '../../../eslint/purity.mjs';
import { zoneRules } from '../../../eslint/zones.mjs';
import { findCycles } from './graph.mjs';

const isDomainSource = (file) => /^packages\/(domain|reference-data)\/src\//.test(file) && !/\.spec\.ts$|\/__fixtures__\//.test(file);
const targetPath = (edge) => (edge.target.kind === 'external' ? undefined : edge.target.path);
const inside = (folder) => (file) => file !== undefined && file.startsWith(folder + '/');

// Date.now(), new Date(), performance.now(), Math.random(), crypto.randomUUID().
function clockReads(file) {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = [];
  const line = (node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node) => {
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'Date' && !node.arguments?.length) {
      found.push(`new Date() at line ${line(node)}`);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      if (['Date.now', 'performance.now', 'Math.random'].includes(callee) || callee.endsWith('randomUUID')) {
        found.push(`${callee}() at line ${line(node)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// A rule over single imports: those `applies` picks, each explained by `detail`.
const edgeRule =
  (applies, detail) =>
  ({ edges }) =>
    edges.filter(applies).map((e) => ({ file: e.from, detail: detail(e) }));

export const architectureRules = {
  'architecture/domain-no-io': edgeRule(
    (e) => isDomainSource(e.from) && isIoImport(e.specifier),
    (e) => `imports ${e.specifier}: the domain decides, the apps do I/O`,
  ),
  'architecture/domain-no-clock': ({ files }) =>
    files
      .filter((f) => isDomainSource(f.path))
      .flatMap((f) => clockReads(f).map((read) => ({ file: f.path, detail: `${read}: time and ids come in the command` }))),
  'architecture/packages-import-no-apps': edgeRule(
    (e) => inside('packages')(e.from) && inside('apps')(targetPath(e)),
    (e) => `imports ${e.specifier} (${targetPath(e)}): packages sit below the apps`,
  ),
  'architecture/apps-apart': edgeRule(
    (e) => (inside('apps/web')(e.from) && inside('apps/api')(targetPath(e))) || (inside('apps/api')(e.from) && inside('apps/web')(targetPath(e))),
    (e) => `imports ${e.specifier}: the web client and the API meet only over GraphQL`,
  ),
  'architecture/no-cycles': ({ edges, files }) =>
    findCycles(edges, files).flatMap((cycle) => cycle.map((file) => ({ file, detail: `in the cycle ${cycle.join(' → ')}` }))),
  'architecture/platform-imports-no-slice': edgeRule(
    (e) => inside('apps/api/src/platform')(e.from) && e.target.kind === 'file' && zoneRules['api-slice-boundaries'](e.from, e.target.path) !== undefined,
    (e) => `imports ${e.specifier}: slices register themselves with the platform`,
  ),
  ...Object.fromEntries(
    Object.entries(zoneRules).map(([id, violation]) => [
      `orgledger/${id}`,
      ({ edges }) =>
        edges.flatMap((e) => {
          const why = e.target.kind === 'file' ? violation(e.from, e.target.path) : undefined;
          return why ? [{ file: e.from, detail: `${e.specifier}: ${why}` }] : [];
        }),
    ]),
  ),
};
