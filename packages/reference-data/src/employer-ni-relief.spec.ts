import { employerNiReliefOf, holderAgeBandOf } from './employer-ni-relief';
import { tableInForce } from './lookup';
import { STANDARD_REFERENCE_DATA } from './standard';

const ni2026 = tableInForce(STANDARD_REFERENCE_DATA.employerNi, '2026-04-06').values;

describe('employer NI reliefs by age band', () => {
  it('puts 20 under 21, 21 and 24 in 21 to 24, and 25 in 25 or over', () => {
    expect([20, 21, 24, 25].map(holderAgeBandOf)).toEqual(['under_21', 'aged_21_to_24', 'aged_21_to_24', 'aged_25_or_over']);
  });

  it('carries the £50,270 upper secondary thresholds (£967 a week) in 2024/25, 2025/26 and 2026/27', () => {
    for (const date of ['2024-04-06', '2025-04-06', '2026-04-06']) {
      const { values } = tableInForce(STANDARD_REFERENCE_DATA.employerNi, date);
      expect(values).toMatchObject({ upperSecondaryThresholdPenceYear: 5_027_000, apprenticeUpperSecondaryThresholdPenceYear: 5_027_000 });
    }
  });

  it('given an apprentice aged 24, then category H up to the AUST; aged 25, then none', () => {
    expect(employerNiReliefOf({ apprenticeship: true, ageBand: holderAgeBandOf(24) }, ni2026)).toMatchObject({ category: 'H', thresholdPenceYear: 5_027_000 });
    expect(employerNiReliefOf({ apprenticeship: true, ageBand: holderAgeBandOf(25) }, ni2026)).toBeNull();
  });

  it('given an apprentice under 21, then category H; anyone else under 21, then category M', () => {
    expect(employerNiReliefOf({ apprenticeship: true, ageBand: 'under_21' }, ni2026)?.category).toBe('H');
    expect(employerNiReliefOf({ apprenticeship: false, ageBand: 'under_21' }, ni2026)?.category).toBe('M');
    expect(employerNiReliefOf({ apprenticeship: false, ageBand: 'aged_21_to_24' }, ni2026)).toBeNull();
  });

  it('given the age band unknown, or a table without the thresholds, then no relief', () => {
    expect(employerNiReliefOf({ apprenticeship: true, ageBand: null }, ni2026)).toBeNull();
    expect(employerNiReliefOf({ apprenticeship: true, ageBand: 'aged_21_to_24' }, { rateBp: 1500, secondaryThresholdPenceYear: 500_000 })).toBeNull();
  });
});
