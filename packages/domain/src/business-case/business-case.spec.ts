import type { PayAward } from '@orgledger/reference-data';
import { defaultAssumptions, type BusinessCaseAssumptions } from './assumptions';
import { businessCase, compoundedProvision, progressedScp, type BusinessCaseYearInput } from './business-case';

const agreed: PayAward[] = [{ financialYear: '2025/26', description: '3.2%', effectiveFrom: '2025-04-01', source: 'NJC', status: 'confirmed' }];
const year = (financialYear: string, over: Partial<BusinessCaseYearInput> = {}): BusinessCaseYearInput => ({
  financialYear,
  payPence: 100_000_00,
  nonPayPence: 10_000_00,
  incrementsPence: 0,
  oneOffPence: 0,
  fundingPence: 110_000_00,
  ...over,
});
const assume = (over: Partial<BusinessCaseAssumptions> = {}): BusinessCaseAssumptions => ({ ...defaultAssumptions('2026/27'), increments: true, ...over });

describe('compounded pay-award provision', () => {
  it('compounds, not adds: 2.5% then 3% on £100,000.00 is £5,575.00', () => expect(compoundedProvision(100_000_00, [250, 300])).toBe(5_575_00));
  it('rounds half up to the penny once', () => {
    expect(compoundedProvision(1_50, [3333])).toBe(50); // 49.995p
    expect(compoundedProvision(1, [4999])).toBe(0); // 0.4999p
  });
  it('is nothing with no rates', () => expect(compoundedProvision(123_45, [])).toBe(0));
});

describe('given a plan from 2026/27 with 3% assumed for 2026/27 and 2.5% for 2027/28', () => {
  const a = assume({
    payAwards: [
      { financialYear: '2026/27', rateBp: 300 },
      { financialYear: '2027/28', rateBp: 250 },
    ],
  });
  const inputs = [year('2026/27'), year('2027/28'), year('2028/29')];
  const bc = businessCase(a, inputs, agreed);

  it('covers each year of the horizon', () => expect(bc.years.map((y) => y.financialYear)).toEqual(['2026/27', '2027/28', '2028/29']));
  it('provides 3% in the first year, 3% and 2.5% compounded after, and nothing more where none is assumed', () => {
    expect(bc.years.map((y) => y.payAwardPence)).toEqual([3_000_00, 5_575_00, 5_575_00]);
    expect(bc.years.map((y) => y.payAward.kind)).toEqual(['assumed', 'assumed', 'not_assumed']);
  });
  it('nets funding against recurring and one-off costs, and adds up exactly', () => {
    const first = bc.years[0];
    expect(first.recurringPence).toBe(100_000_00 + 10_000_00 + 3_000_00);
    expect(first.netPence).toBe(110_000_00 - first.recurringPence);
    expect(bc.totals.netPence).toBe(bc.years.reduce((s, y) => s + y.netPence, 0));
    expect(bc.years[2].cumulativeNetPence).toBe(bc.totals.netPence);
  });
});

describe('the vacancy factor', () => {
  it('takes its share of pay after awards, not of non-pay', () => {
    const bc = businessCase(assume({ vacancyFactorBp: 300, payAwards: [{ financialYear: '2026/27', rateBp: 300 }] }), [year('2026/27')], agreed);
    expect(bc.years[0].vacancySavingPence).toBe(3_090_00); // 3% of £103,000
    expect(bc.years[0].recurringPence).toBe(100_000_00 + 3_000_00 + 10_000_00 - 3_090_00);
  });
});

describe('increments', () => {
  it('are counted when assumed and dropped when not', () => {
    const inputs = [year('2026/27', { incrementsPence: 1_234_56 })];
    expect(businessCase(assume(), inputs, agreed).years[0].recurringPence).toBe(110_000_00 + 1_234_56);
    expect(businessCase(assume({ increments: false }), inputs, agreed).years[0].recurringPence).toBe(110_000_00);
  });
  it('stop at the top of the grade', () => {
    expect(progressedScp(30, { maxScp: 33 }, 2)).toBe(32);
    expect(progressedScp(30, { maxScp: 33 }, 3)).toBe(33);
    expect(progressedScp(30, { maxScp: 33 }, 4)).toBe(33);
    expect(progressedScp(30, { maxScp: 33 }, 0)).toBe(30);
  });
});

describe('payback', () => {
  const withOneOff = (oneOff: number[], funding = 110_000_00) =>
    businessCase(
      assume(),
      oneOff.map((o, i) => year(['2026/27', '2027/28', '2028/29'][i], { oneOffPence: o, fundingPence: funding + 20_000_00 })),
      agreed,
    );
  it('is the first year from which the cumulative position stays at or above zero', () => {
    // net £20,000 a year before one-off costs; £30,000 one-off in year 1 → −£10,000, then +£10,000
    expect(withOneOff([30_000_00, 0, 0]).paybackYear).toBe('2027/28');
  });
  it('is the first year when the case never goes below zero, and exactly zero counts as paid back', () => {
    expect(withOneOff([0, 0, 0]).paybackYear).toBe('2026/27');
    expect(withOneOff([40_000_00, 0, 0]).paybackYear).toBe('2027/28'); // −20,000 then 0
  });
  it('is none when the last year is still below zero', () => expect(withOneOff([70_000_00, 0, 0]).paybackYear).toBeNull());
});

describe('an agreed year', () => {
  it('is labelled agreed, with no provision of its own', () => {
    const bc = businessCase(assume({ firstYear: '2025/26' }), [year('2025/26')], agreed);
    expect(bc.years[0].payAward).toEqual({ kind: 'agreed', description: '3.2%', source: 'NJC' });
    expect(bc.years[0].payAwardPence).toBe(0);
  });
});
