import { holderAgeBandOf } from '@orgledger/reference-data';
import { fullCost } from './full-cost';
import { post } from './spec-fixtures';

// 2026/27 rates: pay on 1 April 2026 (SCP 33 £44,075; SCP 43 £54,495), employer NI on 6 April 2026
// (15% above £5,000; 0% up to £50,270 for apprentices under 25 and for anyone under 21), LGPS 21.1%.
const in2026 = (overrides: Parameters<typeof post>[0] = {}) => fullCost(post({ financialYear: '2026/27', ...overrides }));
const apprentice = (age: number) => ({ apprenticeship: true, ageBand: holderAgeBandOf(age) });

describe('employer NI relief for apprentices under 25 (SSCBA 1992 s.9B, category H)', () => {
  it('given an apprentice aged 24 on £44,075, below the £50,270 threshold, then no employer NI', () => {
    const cost = in2026({ holder: apprentice(24) });
    expect(cost.niPence).toBe(0);
    expect(cost.basis.niRelief).toMatchObject({ category: 'H', thresholdPenceYear: 5_027_000 });
    // salary 44,075.00 + LGPS 9,299.83 + levy 220.38: the levy is still due on an apprentice's pay
    expect(cost.totalPence).toBe(4_407_500 + 929_983 + 22_038);
  });

  it('given an apprentice aged 25, then the full rate: 15% × (£44,075 − £5,000) = £5,861.25', () => {
    const cost = in2026({ holder: apprentice(25) });
    expect(cost.niPence).toBe(586_125);
    expect(cost.basis.niRelief).toBeNull();
    expect(cost.basis.notes).toEqual([]);
  });

  it('given an apprentice aged 24 paid above the threshold, then NI on the excess only: 15% × (£54,495 − £50,270) = £633.75', () => {
    const cost = in2026({ grade: { minScp: 40, maxScp: 43 }, holder: apprentice(24) });
    expect(cost.salaryPence).toBe(5_449_500);
    expect(cost.niPence).toBe(63_375);
  });

  it('given an apprenticeship with the age band unknown, then the full rate, and the basis says so', () => {
    const cost = in2026({ holder: { apprenticeship: true, ageBand: null } });
    expect(cost.niPence).toBe(586_125);
    expect(cost.basis.notes).toEqual([
      "Apprenticeship with the holder's age band unknown: employer NI charged at the full rate; under 25, no employer NI is due up to the apprentice upper secondary threshold.",
    ]);
  });

  it('given a post that is not an apprenticeship, with a holder aged 21 to 24, then the full rate', () => {
    expect(in2026({ holder: { apprenticeship: false, ageBand: 'aged_21_to_24' } }).niPence).toBe(586_125);
  });

  it('given anyone under 21, then the same 0% band (s.9A, category M)', () => {
    const cost = in2026({ holder: { apprenticeship: false, ageBand: 'under_21' } });
    expect(cost.niPence).toBe(0);
    expect(cost.basis.niRelief?.category).toBe('M');
  });

  it('applies the threshold to each person of a post of more than one FTE: 2 apprentices at SCP 43 pay 2 × £633.75', () => {
    expect(in2026({ grade: { minScp: 40, maxScp: 43 }, fte: 2000, holder: apprentice(20) }).niPence).toBe(2 * 63_375);
  });

  it('refuses an age band it does not know', () => {
    expect(() => in2026({ holder: { apprenticeship: true, ageBand: 'teen' as never } })).toThrow(expect.objectContaining({ code: 'INVALID_AGE_BAND' }));
  });
});

describe('LGPS on pensionable allowances (LGPS Regulations 2013 reg. 20)', () => {
  it('given a £3,000 market supplement, then LGPS applies to it: 21.1% × £47,075 = £9,932.83 (half up from .825)', () => {
    const cost = in2026({ allowances: [{ type: 'market_supplement', pencePerYear: 300_000 }] });
    expect(cost).toMatchObject({ lgpsPence: 993_283, allowancesPence: 300_000, pensionableAllowancesPence: 300_000 });
    // NI 15% × (£47,075 − £5,000) = £6,311.25; levy 0.5% × £47,075 = £235.375 → £235.38
    expect(cost).toMatchObject({ niPence: 631_125, levyPence: 23_538 });
    expect(cost.totalPence).toBe(4_407_500 + 631_125 + 993_283 + 23_538 + 300_000);
  });

  it('given a £1,000 expense allowance, then no LGPS on it (reg. 20(2)(b)), but NI and levy still', () => {
    const cost = in2026({ allowances: [{ type: 'expenses', pencePerYear: 100_000 }] });
    // LGPS on the salary only: 21.1% × £44,075 = £9,299.83; NI 15% × £40,075 = £6,011.25; levy 0.5% × £45,075 = £225.38
    expect(cost).toMatchObject({ lgpsPence: 929_983, niPence: 601_125, levyPence: 22_538, allowancesPence: 100_000, pensionableAllowancesPence: 0 });
  });

  it('given an amount of no recorded type, then no LGPS on it, and the basis says so', () => {
    const cost = in2026({ allowancesPence: 50_000 });
    expect(cost).toMatchObject({ lgpsPence: 929_983, allowancesPence: 50_000, pensionableAllowancesPence: 0 });
    expect(cost.basis.notes).toEqual(['£500.00 of allowances has no recorded type, so no LGPS employer contribution is charged on it.']);
  });

  it('refuses an unknown type, a type listed twice and pence that are not whole', () => {
    const refuses = (allowances: unknown, code: string) => expect(() => in2026({ allowances: allowances as never })).toThrow(expect.objectContaining({ code }));
    refuses([{ type: 'bonus', pencePerYear: 100 }], 'INVALID_ALLOWANCES');
    refuses(
      [
        { type: 'honorarium', pencePerYear: 100 },
        { type: 'honorarium', pencePerYear: 200 },
      ],
      'INVALID_ALLOWANCES',
    );
    refuses([{ type: 'honorarium', pencePerYear: 10.5 }], 'INVALID_MONEY');
  });
});
