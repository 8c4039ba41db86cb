import { describe, expect, it } from 'vitest';
import type { CapacityModel } from '../api/capacity.queries';
import { assumptionValuesOf, readAssumptions } from './assumptions-values';

const model = {
  tiers: [
    { tier: 'Gold', contracts: 24, hoursPerContract: 520, hours: 12_480, fte: 7_564 },
    { tier: 'Silver', contracts: 17, hoursPerContract: 156, hours: 2_652, fte: 1_607 },
    { tier: 'Platinum', contracts: 2, hoursPerContract: 0, hours: 0, fte: 0 },
  ],
  assumptions: {
    hoursPerContract: [
      { tier: 'Gold', hours: 520 },
      { tier: 'Silver', hours: 156 },
      { tier: 'Bronze', hours: 40 },
    ],
    productiveHoursPerFte: 1650,
  },
} as unknown as CapacityModel;

describe('capacity assumptions form', () => {
  it('offers each tier of the model, empty where no hours are set', () => {
    expect(assumptionValuesOf(model)).toEqual({ hours: { Gold: '520', Silver: '156', Platinum: '' }, productiveHours: '1650' });
  });

  it('reads whole hours, tier by tier, in the model’s order', () => {
    expect(readAssumptions(['Gold', 'Silver'], { hours: { Gold: ' 1040 ', Silver: '0' }, productiveHours: '1650' })).toEqual({
      hoursPerContract: [
        { tier: 'Gold', hours: 1040 },
        { tier: 'Silver', hours: 0 },
      ],
      productiveHoursPerFte: 1650,
    });
  });

  it('names every problem', () => {
    expect(readAssumptions(['Gold', 'Silver', 'Platinum'], { hours: { Gold: '10.5', Silver: '6000', Platinum: '' }, productiveHours: '900' }).errors).toEqual({
      'hours-Gold': 'Hours for a Gold contract must be a whole number from 0 to 5,000',
      'hours-Silver': 'Hours for a Silver contract must be a whole number from 0 to 5,000',
      'hours-Platinum': 'Enter the hours a Platinum contract needs a year, such as 520',
      'productive-hours': 'Productive hours per FTE must be a whole number from 1,000 to 2,000',
    });
  });
});
