// The deliberately wrong (and a few right) files under fixtures/, each checked at the path it
// pretends to live at (fixtures/apps/web/src/… → apps/web/src/…), with the rules it must break.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const fixturesDir = path.join(import.meta.dirname, '..', 'fixtures');

// Pretended path → { spec: rules of lib/rules.mjs, eslint: ESLint rule ids } that must fire, and no others.
export const expectedFindings = {
  'packages/domain/src/deals/impure-decider.ts': {
    spec: ['architecture/domain-no-clock', 'architecture/domain-no-io'],
    eslint: ['@nx/enforce-module-boundaries', 'no-restricted-imports', 'no-restricted-syntax'],
  },
  'packages/reference-data/src/imports-domain.ts': { spec: [], eslint: ['@nx/enforce-module-boundaries'] },
  'packages/domain/src/costing/reaches-inside.ts': {
    spec: ['orgledger/domain-context-boundaries'],
    eslint: ['orgledger/domain-context-boundaries'],
  },
  'packages/domain/src/costing/through-public-entry.ts': { spec: [], eslint: [] },
  'packages/event-store/src/imports-app.ts': {
    spec: ['architecture/packages-import-no-apps'],
    eslint: ['@nx/enforce-module-boundaries'],
  },
  'apps/web/src/features/deals/reaches-inside.ts': {
    spec: ['orgledger/web-feature-boundaries'],
    eslint: ['orgledger/web-feature-boundaries'],
  },
  'apps/web/src/features/deals/through-public-entry.ts': { spec: [], eslint: [] },
  'apps/web/src/components/imports-feature.ts': {
    spec: ['orgledger/web-feature-boundaries'],
    eslint: ['orgledger/web-feature-boundaries'],
  },
  'apps/web/src/lib/imports-api.ts': {
    spec: ['architecture/apps-apart'],
    eslint: ['@nx/enforce-module-boundaries'],
  },
  'apps/api/src/platform/imports-slice.ts': {
    spec: ['architecture/platform-imports-no-slice', 'orgledger/api-slice-boundaries'],
    eslint: ['orgledger/api-slice-boundaries'],
  },
  'apps/api/src/costing/reaches-inside.ts': {
    spec: ['orgledger/api-slice-boundaries'],
    eslint: ['orgledger/api-slice-boundaries'],
  },
  'apps/api/src/deals/cycle-a.ts': { spec: ['architecture/no-cycles'], eslint: [] },
  'apps/api/src/deals/cycle-b.ts': { spec: ['architecture/no-cycles'], eslint: [] },
};

export function readFixtures() {
  return Object.keys(expectedFindings).map((pretended) => ({
    path: pretended,
    text: readFileSync(path.join(fixturesDir, pretended), 'utf8'),
  }));
}
