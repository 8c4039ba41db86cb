// Prints, per rule, the files that break it today: what eslint/known-violations.mjs should list.
// `npm run violations -w @orgledger/architecture` after fixing imports, to see which entries can go.
import { buildGraph } from './lib/graph.mjs';
import { architectureRules } from './lib/rules.mjs';
import { readSources, readWorkspaces, repoRoot } from './lib/sources.mjs';

const files = readSources();
const edges = buildGraph(repoRoot, files, readWorkspaces());
for (const [rule, check] of Object.entries(architectureRules)) {
  const found = check({ files, edges });
  const breaking = [...new Set(found.map((v) => v.file))].sort();
  console.log(`${rule}: ${found.length} imports in ${breaking.length} files`);
  for (const file of breaking) console.log(`  '${file}',`);
}
