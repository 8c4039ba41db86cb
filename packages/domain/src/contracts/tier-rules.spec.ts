import { DomainError } from '../shared/errors';
import type { ContractRisk } from './contract-fields';
import { DEFAULT_TIER_RULES, tierOf, validateTierRules, type TierBand, type TierRules } from './tier-rules';

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'INVALID_TIER_RULES') return error.message;
    throw error;
  }
  throw new Error('expected INVALID_TIER_RULES');
};

describe('tierOf with the default rules (Gold ≥ £1m or high risk; Silver ≥ £250k or medium risk; Bronze)', () => {
  it.each<[number, ContractRisk, string]>([
    [100_000_000, 'low', 'Gold'], // exactly £1m a year
    [99_999_999, 'low', 'Silver'],
    [0, 'high', 'Gold'],
    [25_000_000, 'low', 'Silver'], // exactly £250k
    [24_999_999, 'low', 'Bronze'],
    [0, 'medium', 'Silver'],
    [99_999_999, 'medium', 'Silver'],
    [0, 'low', 'Bronze'],
  ])('%p pence a year at %s risk is %s', (annualValuePence, risk, tier) => {
    expect(tierOf({ annualValuePence, risk }, DEFAULT_TIER_RULES)).toBe(tier);
  });
});

describe('tierOf with a client’s own rules', () => {
  const rules: TierRules = {
    bands: [
      { tier: 'Strategic', minAnnualValuePence: 1_000_000_000_000, riskAtLeast: 'high' }, // risk only, in effect
      { tier: 'Core', minAnnualValuePence: 50_000_000, riskAtLeast: null }, // value only
      { tier: 'Routine', minAnnualValuePence: 0, riskAtLeast: null },
    ],
  };
  it.each<[number, ContractRisk, string]>([
    [0, 'high', 'Strategic'],
    [50_000_000, 'medium', 'Core'],
    [49_999_999, 'medium', 'Routine'],
  ])('%p pence a year at %s risk is %s', (annualValuePence, risk, tier) => {
    expect(tierOf({ annualValuePence, risk }, rules)).toBe(tier);
  });
});

describe('validateTierRules', () => {
  const bronze: TierBand = { tier: 'Bronze', minAnnualValuePence: 0, riskAtLeast: null };
  const gold: TierBand = { tier: 'Gold', minAnnualValuePence: 100_000_000, riskAtLeast: 'high' };

  it('accepts the defaults and a single catch-all band', () => {
    expect(validateTierRules(DEFAULT_TIER_RULES)).toEqual(DEFAULT_TIER_RULES);
    expect(validateTierRules({ bands: [bronze] })).toEqual({ bands: [bronze] });
  });

  it.each<[string, TierBand[], string]>([
    ['no bands', [], 'There are 0 bands.'],
    ['seven bands', [...Array.from({ length: 6 }, (_, i) => ({ ...gold, tier: `T${i}` })), bronze], 'There are 7 bands.'],
    ['an empty tier name', [{ ...gold, tier: ' ' }, bronze], 'Band 1 needs a tier name of 1 to 30 characters.'],
    ['a 31-character tier name', [{ ...gold, tier: 'g'.repeat(31) }, bronze], 'Band 1 needs a tier name of 1 to 30 characters.'],
    ['a repeated tier name', [gold, { ...gold, tier: 'gold' }, bronze], 'Band 2 repeats the tier name "gold"; each tier must have its own name.'],
    ['a fractional minimum', [{ ...gold, minAnnualValuePence: 1.5 }, bronze], 'Band 1 (Gold) needs a minimum annual value in whole pence'],
    ['a negative minimum', [{ ...gold, minAnnualValuePence: -1 }, bronze], 'Band 1 (Gold) needs a minimum annual value'],
    ['an unknown risk', [{ ...gold, riskAtLeast: 'severe' as never }, bronze], 'Band 1 (Gold) has risk at least "severe"'],
    ['a last band with a minimum', [gold, { ...bronze, minAnnualValuePence: 1 }], 'The last band (Bronze) must catch every remaining contract'],
    ['a last band with a risk', [gold, { ...bronze, riskAtLeast: 'low' }], 'The last band (Bronze) must catch every remaining contract'],
    ['a £0 minimum before the last band', [{ ...gold, minAnnualValuePence: 0 }, bronze], 'Band 1 (Gold) has a minimum of £0.00, which catches every contract'],
  ])('refuses %s', (_, bands, message) => {
    const text = messageOf(() => validateTierRules({ bands }));
    expect(text).toContain(message);
    expect(text).toContain('highest tier first, ending with a catch-all band.');
  });
});
