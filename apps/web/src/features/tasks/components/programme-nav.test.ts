import { describe, expect, it } from 'vitest';
import { sectionsFor } from './programme-nav';

describe('the sections of a programme', () => {
  it('gives the consultancy every stage, approval to handover included', () => {
    expect(sectionsFor('CONSULTANT').map((s) => s.label)).toEqual([
      'FTE deals',
      'Funding position',
      'Function design',
      'Transition map',
      'Approval',
      'Consultation',
      'Handover',
    ]);
    expect(sectionsFor('TENANT_ADMIN')).toHaveLength(7);
  });

  it('gives council staff and auditors only the sections they may open', () => {
    for (const role of ['HR_PARTNER', 'AUDITOR', 'INTERIM_SERVICE_MANAGER'] as const) {
      expect(sectionsFor(role).map((s) => s.path)).toEqual(['/consultation', '/handover']);
    }
  });
});
