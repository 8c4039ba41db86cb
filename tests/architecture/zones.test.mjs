// The zone rules of eslint/zones.mjs, one import at a time: which crossings they refuse and why.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apiSliceViolation, domainContextViolation, webFeatureViolation } from '../../eslint/zones.mjs';

const cases = {
  web: [
    webFeatureViolation,
    [
      ['apps/web/src/features/deals/deal-page.tsx', 'apps/web/src/features/deals/api/deal.queries.ts', undefined],
      ['apps/web/src/features/deals/deal-page.tsx', 'apps/web/src/features/tasks/index.ts', undefined],
      ['apps/web/src/features/deals/deal-page.tsx', 'apps/web/src/features/tasks', undefined],
      ['apps/web/src/features/deals/deal-page.tsx', 'apps/web/src/lib/graphql.ts', undefined],
      ['apps/web/src/app/router.tsx', 'apps/web/src/features/deals/deal-page.tsx', undefined],
      ['apps/web/src/features/deals/deal-page.tsx', 'apps/web/src/features/tasks/api/tasks.queries.ts', 'reaches inside feature "tasks"'],
      ['apps/web/src/features/deals/deal-page.tsx', 'apps/web/src/app/nav-model.ts', 'imports app/'],
      ['apps/web/src/lib/as-of.ts', 'apps/web/src/features/deals/index.ts', 'shared code (lib/)'],
    ],
  ],
  api: [
    apiSliceViolation,
    [
      ['apps/api/src/deals/deals.resolver.ts', 'apps/api/src/deals/deals.read.ts', undefined],
      ['apps/api/src/deals/deals.resolver.ts', 'apps/api/src/platform/app-context.ts', undefined],
      ['apps/api/src/deals/deals.resolver.ts', 'apps/api/src/tenancy/index.ts', undefined],
      ['apps/api/src/demo/seed.ts', 'apps/api/src/deals/deals.commands.ts', undefined],
      ['apps/api/src/app.module.ts', 'apps/api/src/deals/deals.module.ts', undefined],
      ['apps/api/src/deals/deals.resolver.ts', 'apps/api/src/tenancy/users.read.ts', 'reaches inside slice "tenancy"'],
      ['apps/api/src/platform/projectors.ts', 'apps/api/src/deals/index.ts', 'the platform imports slice "deals"'],
      ['apps/api/src/deals/deals.resolver.ts', 'apps/api/src/demo/seed.ts', 'drives the slices from above'],
    ],
  ],
  domain: [
    domainContextViolation,
    [
      ['packages/domain/src/costing/full-cost.ts', 'packages/domain/src/costing/state.ts', undefined],
      ['packages/domain/src/costing/full-cost.ts', 'packages/domain/src/deals/index.ts', undefined],
      ['packages/domain/src/costing/full-cost.ts', 'packages/domain/src/shared/money.ts', undefined],
      ['packages/domain/src/index.ts', 'packages/domain/src/deals/terms.ts', undefined],
      ['packages/domain/src/costing/full-cost.ts', 'packages/domain/src/deals/terms.ts', 'reaches inside context "deals"'],
    ],
  ],
};

for (const [zone, [violation, table]] of Object.entries(cases)) {
  describe(`the ${zone} zone`, () => {
    for (const [from, to, refusal] of table) {
      test(`${refusal ? 'refuses' : 'allows'} ${from} → ${to}`, () => {
        const why = violation(from, to);
        if (refusal === undefined) assert.equal(why, undefined);
        else assert.match(why ?? '', new RegExp(refusal.replace(/[()/]/g, '\\$&')));
      });
    }
  });
}
