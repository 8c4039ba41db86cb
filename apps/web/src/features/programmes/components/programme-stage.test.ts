import { describe, expect, it } from 'vitest';
import { formatCivilDate } from '../../../lib/format';
import { stageSetBy } from './programme-stage';

describe('the decision that set a programme stage', () => {
  it('says which decision moved the programme and when', () => {
    expect(stageSetBy({ summary: 'Approved by the Design Authority', on: '2026-06-15' })).toBe(
      `Approved by the Design Authority on ${formatCivilDate('2026-06-15')}`,
    );
  });

  it('says nothing while the programme is still in analysis', () => {
    expect(stageSetBy(null)).toBeNull();
  });
});
