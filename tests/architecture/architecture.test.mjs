// Architecture spec, in the spirit of modular-monolith-with-ddd's ModuleTests: the import graph of
// every source file obeys the rules of lib/rules.mjs, except the files eslint/known-violations.mjs
// lists for now; and each rule is shown to catch a deliberately wrong fixture.
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { knownViolations } from '../../eslint/known-violations.mjs';
import { expectedFindings, readFixtures } from './lib/fixtures.mjs';
import { buildGraph } from './lib/graph.mjs';
import { architectureRules } from './lib/rules.mjs';
import { readSources, readWorkspaces, repoRoot } from './lib/sources.mjs';

const workspaces = readWorkspaces();
const files = readSources();
const edges = buildGraph(repoRoot, files, workspaces);

describe('the repository', () => {
  // Guards the guards: a scanner that found nothing would pass every rule.
  test('the graph covers every project and resolves relative imports to files', () => {
    for (const root of ['apps/api/src', 'apps/web/src', 'packages/domain/src', 'packages/event-store/src', 'tests/e2e']) {
      assert.ok(
        files.some((f) => f.path.startsWith(root + '/')),
        `no sources read under ${root}`,
      );
    }
    const relative = edges.filter((e) => e.specifier.startsWith('.') && e.from.endsWith('.ts'));
    const read = new Set(files.map((f) => f.path));
    const unresolved = relative.filter((e) => !read.has(e.target.path));
    assert.ok(relative.length > 1000, `only ${relative.length} relative imports found`);
    assert.deepEqual(
      unresolved.map((e) => `${e.from}: ${e.specifier}`),
      [],
    );
  });

  for (const [rule, check] of Object.entries(architectureRules)) {
    test(`${rule}: no file breaks it beyond the known violations, and every known one still does`, () => {
      const found = check({ files, edges });
      const allowed = new Set(knownViolations[rule] ?? []);
      const breaking = new Set(found.map((v) => v.file));
      const unexpected = found.filter((v) => !allowed.has(v.file)).map((v) => `${v.file}: ${v.detail}`);
      const stale = [...allowed].filter((file) => !breaking.has(file));
      assert.deepEqual(unexpected, [], `${rule} broken`);
      assert.deepEqual(stale, [], `${rule}: fixed, so remove these from eslint/known-violations.mjs`);
    });
  }
});

describe('the deliberately wrong fixtures', () => {
  const fixtures = readFixtures();
  const pretended = new Set(fixtures.map((f) => f.path));
  const exists = (file) => pretended.has(file) || (existsSync(path.join(repoRoot, file)) && statSync(path.join(repoRoot, file)).isFile());
  const fixtureEdges = buildGraph(repoRoot, fixtures, workspaces, exists);
  const firedOn = new Map(fixtures.map((f) => [f.path, new Set()]));
  for (const [rule, check] of Object.entries(architectureRules)) {
    for (const { file } of check({ files: fixtures, edges: fixtureEdges })) firedOn.get(file).add(rule);
  }
  for (const [file, { spec }] of Object.entries(expectedFindings)) {
    test(`${file} breaks exactly ${spec.join(', ') || 'nothing'}`, () => {
      assert.deepEqual([...firedOn.get(file)].sort(), [...spec].sort());
    });
  }
  test('every rule is shown to catch at least one fixture', () => {
    const shown = new Set(Object.values(expectedFindings).flatMap((e) => e.spec));
    assert.deepEqual(
      Object.keys(architectureRules).filter((rule) => !shown.has(rule)),
      [],
    );
  });
});
