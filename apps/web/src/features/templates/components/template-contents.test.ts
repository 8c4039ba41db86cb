import { describe, expect, it } from 'vitest';
import { templateContents } from './template-contents';

describe('templateContents', () => {
  it('says what applying the template would bring, in one line', () => {
    expect(
      templateContents({
        taxonomy: Array.from({ length: 10 }, (_, i) => ({ key: `a${i}`, parentKey: null, name: `Activity ${i}`, contractManagement: true })),
        tierBands: [
          { tier: 'Gold', minAnnualValuePence: 100_000_000, riskAtLeast: 'HIGH' },
          { tier: 'Silver', minAnnualValuePence: 25_000_000, riskAtLeast: 'MEDIUM' },
          { tier: 'Bronze', minAnnualValuePence: 0, riskAtLeast: null },
        ],
        capacityAssumptions: {
          hoursPerContract: [
            { tier: 'Gold', hours: 520 },
            { tier: 'Silver', hours: 156 },
            { tier: 'Bronze', hours: 40 },
          ],
          productiveHoursPerFte: 1650,
        },
      }),
    ).toBe('10 activities; tiers Gold, Silver, Bronze; Gold 520, Silver 156, Bronze 40 hours a contract; 1,650 productive hours per FTE');
  });
});
