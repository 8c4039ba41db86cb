import { allocateLargestRemainder, divideRoundHalfUp } from './allocate';
import { DEFAULT_CAPACITY_ASSUMPTIONS } from './assumptions';
import { capacityModel } from './capacity-model';
import { projectCapacityAssumptions } from './projections/capacity-assumptions';

const order = ['Gold', 'Silver', 'Bronze'];

describe('capacityModel', () => {
  it('works a hand-computed example exactly', () => {
    // Gold 12 × 520 = 6,240 h; Silver 30 × 156 = 4,680 h; Bronze 85 × 40 = 3,400 h; total 14,320 h.
    // Demand: 14,320 × 1,000 ÷ 1,650 = 8,678.78… → 8,679 thousandths (8.679 FTE).
    // Tiers exactly: Gold 3,781.81…, Silver 2,836.36…, Bronze 2,060.60…; floors 3,781 + 2,836 + 2,060 = 8,677;
    // the 2 left go to the largest remainders, Gold (.81) and Bronze (.60): 3,782 + 2,836 + 2,061 = 8,679.
    // Supply 6.400 FTE → gap 2.279 FTE.
    const model = capacityModel({
      contractsByTier: { Gold: 12, Silver: 30, Bronze: 85 },
      assumptions: DEFAULT_CAPACITY_ASSUMPTIONS,
      tierOrder: order,
      supplyFte: 6400,
    });
    expect(model).toMatchObject({
      tiers: [
        { tier: 'Gold', contracts: 12, hoursPerContract: 520, hours: 6240, fte: 3782 },
        { tier: 'Silver', contracts: 30, hoursPerContract: 156, hours: 4680, fte: 2836 },
        { tier: 'Bronze', contracts: 85, hoursPerContract: 40, hours: 3400, fte: 2061 },
      ],
      hours: 14_320,
      demandFte: 8679,
      supplyFte: 6400,
      gapFte: 2279,
      productiveHoursPerFte: 1650,
      tiersWithoutHours: [],
    });
    expect(model.roundingRule).toContain('rounded once, half up');
  });

  it('gives a negative gap when supply exceeds demand, and zero FTE for no contracts', () => {
    const model = capacityModel({ contractsByTier: {}, assumptions: DEFAULT_CAPACITY_ASSUMPTIONS, tierOrder: order, supplyFte: 1500 });
    expect(model.tiers.map((t) => t.fte)).toEqual([0, 0, 0]);
    expect(model).toMatchObject({ demandFte: 0, hours: 0, gapFte: -1500 });
  });

  it('rounds exactly half a thousandth up, once', () => {
    // 1 h × 1,000 ÷ 2,000 = 0.5 thousandths → 1.
    const model = capacityModel({
      contractsByTier: { Bronze: 1 },
      assumptions: { hoursPerContractByTier: { Bronze: 1 }, productiveHoursPerFte: 2000 },
      tierOrder: ['Bronze'],
      supplyFte: 0,
    });
    expect(model.demandFte).toBe(1);
  });

  it('breaks a tie in remainders in tier order, so the tiers still add up', () => {
    // A and B each 0.5 thousandths; total 1.0 → 1, given to A, the higher tier.
    const model = capacityModel({
      contractsByTier: { A: 1, B: 1 },
      assumptions: { hoursPerContractByTier: { A: 1, B: 1 }, productiveHoursPerFte: 2000 },
      tierOrder: ['A', 'B'],
      supplyFte: 0,
    });
    expect(model.tiers.map((t) => t.fte)).toEqual([1, 0]);
    expect(model.demandFte).toBe(1);
  });

  it('lists tiers holding contracts but no hours, after the known tiers, at 0 hours', () => {
    const model = capacityModel({ contractsByTier: { Gold: 1, Platinum: 2 }, assumptions: DEFAULT_CAPACITY_ASSUMPTIONS, tierOrder: order, supplyFte: 0 });
    expect(model.tiers.map((t) => [t.tier, t.hours])).toEqual([
      ['Gold', 520],
      ['Silver', 0],
      ['Bronze', 0],
      ['Platinum', 0],
    ]);
    expect(model.tiersWithoutHours).toEqual(['Platinum']);
  });

  it('refuses a fractional or negative count of contracts, and an invalid supply', () => {
    const run =
      (contractsByTier: Record<string, number>, supplyFte = 0) =>
      () =>
        capacityModel({ contractsByTier, assumptions: DEFAULT_CAPACITY_ASSUMPTIONS, tierOrder: order, supplyFte });
    expect(run({ Gold: 1.5 })).toThrow('The number of Gold contracts must be a whole number of 0 or more; got 1.5.');
    expect(run({ Gold: -1 })).toThrow('got -1');
    expect(run({}, 0.5)).toThrow('Supply fte must be a whole number of thousandths');
  });
});

describe('allocateLargestRemainder and divideRoundHalfUp', () => {
  it.each<[number, number[], number, number[]]>([
    [10, [10, 10, 10], 3, [4, 3, 3]],
    [100, [333, 333, 334], 10, [33, 33, 34]],
    [0, [0, 0], 7, [0, 0]],
  ])('shares %p over %p / %p as %p', (total, numerators, denominator, parts) => {
    expect(allocateLargestRemainder(total, numerators, denominator)).toEqual(parts);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it.each([
    [5, 2, 3],
    [4, 3, 1],
    [5, 3, 2],
    [0, 9, 0],
  ])('%p ÷ %p rounds half up to %p', (n, d, q) => {
    expect(divideRoundHalfUp(n, d)).toBe(q);
  });
});

describe('projectCapacityAssumptions', () => {
  it('keeps the latest assumptions and their template', () => {
    const data = { ...DEFAULT_CAPACITY_ASSUMPTIONS, fromTemplateId: null };
    expect(projectCapacityAssumptions(null, { type: 'CapacityAssumptionsSet', data })).toEqual(data);
  });
});
