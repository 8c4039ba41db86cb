// The real ESLint config (eslint.config.mjs) catches each deliberately wrong fixture with the rule
// ids lib/fixtures.mjs names, and every file its allow-list excuses still breaks the excused rule.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { ESLint } from 'eslint';
import { boundaries } from '../../eslint/boundaries.mjs';
import { knownViolations } from '../../eslint/known-violations.mjs';
import { ensureProjectGraph } from './lib/project-graph.mjs';
import { expectedFindings, readFixtures } from './lib/fixtures.mjs';
import { repoRoot } from './lib/sources.mjs';

const ruleIds = (results) => [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)))].sort();

// @nx/enforce-module-boundaries reads Nx's cached project graph, and silently skips without one.
before(() => ensureProjectGraph());

describe('the ESLint config', () => {
  const eslint = new ESLint({ cwd: repoRoot });
  for (const { path: pretended, text } of readFixtures()) {
    const { eslint: expected } = expectedFindings[pretended];
    test(`reports ${expected.join(', ') || 'nothing'} in ${pretended}`, async () => {
      const results = await eslint.lintText(text, { filePath: path.join(repoRoot, pretended) });
      assert.deepEqual(ruleIds(results), [...expected].sort(), JSON.stringify(results[0].messages, null, 1));
    });
  }

  test('every boundary rule is shown to catch at least one fixture', () => {
    const boundaryRules = [
      '@nx/enforce-module-boundaries',
      'no-restricted-imports',
      'no-restricted-syntax',
      ...Object.keys(boundaries.rules).map((id) => `orgledger/${id}`),
    ];
    const shown = new Set(Object.values(expectedFindings).flatMap((e) => e.eslint));
    assert.deepEqual(
      boundaryRules.filter((rule) => !shown.has(rule)),
      [],
    );
  });

  // The zone rules' entries are checked against the import graph by architecture.test.mjs.
  const otherRules = Object.entries(knownViolations).filter(([rule]) => !/^(architecture|orgledger)\//.test(rule));
  for (const [rule, files] of otherRules) {
    test(`still needs every allow-list entry of ${rule}`, async () => {
      const strict = new ESLint({ cwd: repoRoot, overrideConfig: { files: ['**/*'], rules: { [rule]: 'error' } } });
      const results = await strict.lintFiles(files);
      const clean = results.filter((r) => !r.messages.some((m) => m.ruleId === rule));
      assert.deepEqual(
        clean.map((r) => path.relative(repoRoot, r.filePath)),
        [],
        'fixed: remove from eslint/known-violations.mjs',
      );
    });
  }
});
