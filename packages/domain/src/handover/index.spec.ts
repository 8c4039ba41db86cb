import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as domain from '../index';
import { handoverErrorCodes } from './errors';

describe('the recruitment handover public API', () => {
  it('exports the decider, the vacancy rule and the read model by name from the package entry point', () => {
    const names = [
      'handoverDecider',
      'decideHandover',
      'evolveHandover',
      'initialHandoverState',
      'openVacancies',
      'recruitmentStages',
      'RECRUITMENT_STAGE_LABEL',
      'HANDOVER_STREAM_CATEGORY',
      'projectRecruitmentPlan',
      'vacancyStatus',
      'overdueStages',
      'isNamedIsm',
      'handoverErrorCodes',
    ];
    for (const name of names) expect(domain).toHaveProperty(name);
    expect(domain).not.toHaveProperty('theIsm');
  });

  it('lists each error code once, and every code the context throws', () => {
    expect(new Set(handoverErrorCodes).size).toBe(handoverErrorCodes.length);
    const shared = ['TEXT_REQUIRED', 'TEXT_TOO_SHORT', 'TEXT_TOO_LONG', 'INVALID_DATE'];
    const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && f !== 'errors.ts' && f !== 'spec-fixtures.ts');
    const thrown = files.flatMap((f) =>
      [...readFileSync(join(__dirname, f), 'utf8').matchAll(/(?:invalid|forbidden|conflict|notFound)\(\s*'([A-Z_]+)'/g)].map((m) => m[1]),
    );
    expect(thrown.length).toBeGreaterThan(20);
    for (const code of thrown) expect([...handoverErrorCodes, ...shared]).toContain(code);
  });
});
