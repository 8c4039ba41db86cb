import { describe, expect, it } from 'vitest';
import { addBand, bandValuesOf, moveBand, readTierRules } from './tier-rules-values';

const defaults = bandValuesOf([
  { tier: 'Gold', minAnnualValuePence: 100_000_000, riskAtLeast: 'HIGH' },
  { tier: 'Silver', minAnnualValuePence: 25_000_000, riskAtLeast: 'MEDIUM' },
  { tier: 'Bronze', minAnnualValuePence: 0, riskAtLeast: null },
]);

describe('tier rules form', () => {
  it('fills in pounds and reads them back as exact pence, the last band as the catch-all', () => {
    expect(defaults.map((b) => b.minimum)).toEqual(['1,000,000.00', '250,000.00', '0']);
    expect(readTierRules(defaults)).toEqual({
      bands: [
        { tier: 'Gold', minAnnualValuePence: 100_000_000, riskAtLeast: 'HIGH' },
        { tier: 'Silver', minAnnualValuePence: 25_000_000, riskAtLeast: 'MEDIUM' },
        { tier: 'Bronze', minAnnualValuePence: 0, riskAtLeast: null },
      ],
    });
  });

  it('names every problem against its band', () => {
    const bands = [
      { ...defaults[0]!, tier: ' ' },
      { ...defaults[1]!, tier: 'bronze', minimum: '0' },
      { ...defaults[2]!, tier: 'Bronze' },
    ];
    expect(readTierRules(bands).errors).toEqual({
      'band-band-0-tier': 'Band 1 needs a tier name',
      'band-band-1-minimum': 'Band 2: the minimum annual value must be more than £0.00, or the bands after it could never apply',
      'band-band-2-tier': 'The catch-all band repeats the tier name Bronze: give each tier its own name',
    });
    expect(readTierRules([{ ...defaults[0]!, minimum: '' }, defaults[2]!]).errors).toEqual({
      'band-band-0-minimum': 'Enter the minimum annual value of band 1, such as 1,000,000.00',
    });
    expect(readTierRules([{ ...defaults[0]!, minimum: 'a lot' }, defaults[2]!]).errors).toEqual({
      'band-band-0-minimum': 'Band 1: minimum annual value must be an amount in pounds, such as 1,000,000.00',
    });
  });

  it('adds bands above the catch-all and moves them without moving it', () => {
    const added = addBand(defaults);
    expect(added.map((b) => b.tier)).toEqual(['Gold', 'Silver', '', 'Bronze']);
    expect(moveBand(defaults, 1, -1).map((b) => b.tier)).toEqual(['Silver', 'Gold', 'Bronze']);
    expect(moveBand(defaults, 1, 1).map((b) => b.tier)).toEqual(['Gold', 'Silver', 'Bronze']);
    expect(moveBand(defaults, 2, -1).map((b) => b.tier)).toEqual(['Gold', 'Silver', 'Bronze']);
    let full = defaults;
    for (let i = 0; i < 5; i++) full = addBand(full);
    expect(full).toHaveLength(6);
  });
});
