import { STANDARD_REFERENCE_DATA, tableInForce } from '@orgledger/reference-data';
import { DomainError } from '../shared/errors';
import { fullCost } from './full-cost';
import { lgps211, post } from './spec-fixtures';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
};

const figures = (input: Parameters<typeof fullCost>[0]) => {
  const { salaryPence, niPence, lgpsPence, levyPence, allowancesPence, totalPence } = fullCost(input);
  return { salaryPence, niPence, lgpsPence, levyPence, allowancesPence, totalPence };
};

describe("the reference's worked example: contract manager at SCP 33, 2025/26, 1.000 FTE, LGPS 21.1%", () => {
  it('costs £59,456.46, which agrees with the reference’s £59,456 in whole pounds', () => {
    // salary 44,075.00
    // NI     15% × (44,075.00 − 5,000.00) = 15% × 39,075.00 = 5,861.25 exactly        (reference £5,861)
    // LGPS   21.1% × 44,075.00 = 9,299.825 → 9,299.83 half up (half-even would be .82) (reference £9,300)
    // levy   0.5% × 44,075.00 = 220.375 → 220.38 half up                             (reference £220)
    // total  44,075.00 + 5,861.25 + 9,299.83 + 220.38 = 59,456.46                     (reference £59,456)
    // The reference rounds each on-cost to whole pounds: 5,861 + 9,300 + 220 = 15,381, the same
    // £15,381 as ours to the pound (15,381.46), so both totals are £59,456 in whole pounds.
    const cost = fullCost(post());
    expect(figures(post())).toEqual({
      salaryPence: 4_407_500,
      niPence: 586_125,
      lgpsPence: 929_983,
      levyPence: 22_038,
      allowancesPence: 0,
      totalPence: 5_945_646,
    });
    expect(Math.round((cost.totalPence - cost.salaryPence) / 100)).toBe(15_381);
    expect(Math.round(cost.totalPence / 100)).toBe(59_456);
  });

  it('records the basis, so a replay reproduces the figures', () => {
    expect(fullCost(post()).basis).toEqual({
      financialYear: '2025/26',
      policy: 'top',
      scpUsed: 33,
      annualPayPence: 4_407_500,
      payTableId: 'njc-spine-2025-26',
      niTableId: 'employer-ni-2025-26',
      levyTableId: 'apprenticeship-levy-2017',
      lgpsRate: lgps211,
      date: '2025-04-01',
      taxYearDate: '2025-04-06',
      unconfirmedTableIds: ['njc-spine-2025-26'],
      niRelief: null,
      notes: [],
    });
  });

  it('gives the same figures for the actual SCP 33', () => {
    expect(figures(post({ policy: 'actual', scp: 33 }))).toEqual(figures(post()));
    expect(figures(post({ policy: 'actual', scp: 33, grade: null }))).toEqual(figures(post()));
  });
});

describe('the dates of a financial year', () => {
  it('reads employer NI on 6 April: 2025/26 is costed at 15% over £5,000, not the 13.8% still in force on 1 April 2025', () => {
    expect(tableInForce(STANDARD_REFERENCE_DATA.employerNi, '2025-04-01').id).toBe('employer-ni-2024-25');
    const cost = fullCost(post());
    expect(cost.basis.niTableId).toBe('employer-ni-2025-26');
    expect(cost.niPence).toBe(586_125);
  });

  it('costs 2024/25 on the 2024/25 spine and 13.8% over £9,100', () => {
    // SCP 33 2024/25 £42,708.00; NI 13.8% × (42,708.00 − 9,100.00) = 13.8% × 33,608.00 = 4,637.904 → 4,637.90;
    // LGPS 21.1% × 42,708.00 = 9,011.388 → 9,011.39; levy 0.5% = 213.54; total 56,570.83
    expect(figures(post({ financialYear: '2024/25' }))).toEqual({
      salaryPence: 4_270_800,
      niPence: 463_790,
      lgpsPence: 901_139,
      levyPence: 21_354,
      allowancesPence: 0,
      totalPence: 5_657_083,
    });
    expect(fullCost(post({ financialYear: '2024/25' })).basis).toMatchObject({ payTableId: 'njc-spine-2024-25', niTableId: 'employer-ni-2024-25' });
  });

  it('refuses a year with no tables, and a year not written 2026/27', () => {
    expect(codeOf(() => fullCost(post({ financialYear: '2023/24' })))).toBe('NO_TABLE_IN_FORCE');
    expect(codeOf(() => fullCost(post({ financialYear: '2025/27' })))).toBe('INVALID_FINANCIAL_YEAR');
    expect(codeOf(() => fullCost(post({ financialYear: '2025-26' })))).toBe('INVALID_FINANCIAL_YEAR');
  });
});

describe('a part-time post', () => {
  it('pro-rates the salary but not the NI threshold: 0.600 FTE at SCP 33', () => {
    // salary 0.6 × 44,075.00 = 26,445.00; NI 15% × (26,445.00 − 5,000.00) = 3,216.75
    // (not 0.6 × 5,861.25 = 3,516.75: the £5,000 threshold applies to what the person earns);
    // LGPS 21.1% × 26,445.00 = 5,579.895 → 5,579.90; levy 132.225 → 132.23; total 35,373.88
    expect(figures(post({ fte: 600 }))).toEqual({
      salaryPence: 2_644_500,
      niPence: 321_675,
      lgpsPence: 557_990,
      levyPence: 13_223,
      allowancesPence: 0,
      totalPence: 3_537_388,
    });
  });

  it('pays no employer NI below the threshold: 0.200 FTE at SCP 3 earns £4,959.20', () => {
    // salary 0.2 × 24,796.00 = 4,959.20 < 5,000.00 → NI 0; LGPS 21.1% → 1,046.3912 → 1,046.39; levy 24.796 → 24.80
    expect(figures(post({ grade: null, policy: 'actual', scp: 3, fte: 200 }))).toEqual({
      salaryPence: 495_920,
      niPence: 0,
      lgpsPence: 104_639,
      levyPence: 2_480,
      allowancesPence: 0,
      totalPence: 603_039,
    });
  });

  it('counts allowances for NI and levy but not for LGPS', () => {
    // + £100 allowance: NI 15% × (5,059.20 − 5,000.00) = 8.88; LGPS unchanged; levy 0.5% × 5,059.20 = 25.296 → 25.30
    expect(figures(post({ grade: null, policy: 'actual', scp: 3, fte: 200, allowancesPence: 10_000 }))).toEqual({
      salaryPence: 495_920,
      niPence: 888,
      lgpsPence: 104_639,
      levyPence: 2_530,
      allowancesPence: 10_000,
      totalPence: 613_977,
    });
  });
});

describe('a post of more than one FTE', () => {
  it('applies the NI threshold once per person: 2.500 FTE is two full-time people and one half-time', () => {
    // salary 2.5 × 44,075.00 = 110,187.50; NI 15% × (2 × 39,075.00 + (22,037.50 − 5,000.00)) = 15% × 95,187.50 = 14,278.125 → 14,278.13
    // LGPS 21.1% × 110,187.50 = 23,249.5625 → 23,249.56; levy 550.9375 → 550.94; total 148,266.13
    expect(figures(post({ fte: 2500 }))).toEqual({
      salaryPence: 11_018_750,
      niPence: 1_427_813,
      lgpsPence: 2_324_956,
      levyPence: 55_094,
      allowancesPence: 0,
      totalPence: 14_826_613,
    });
  });
});

describe('the SCP a post is budgeted at', () => {
  it('takes the bottom, the lower middle, or the top of a four-point grade (SCP 30–33)', () => {
    // bottom SCP 30 £40,777.00: NI 15% × 35,777.00 = 5,366.55; LGPS 8,603.947 → 8,603.95; levy 203.885 → 203.89; total 54,951.39
    expect(figures(post({ policy: 'bottom' }))).toEqual({
      salaryPence: 4_077_700,
      niPence: 536_655,
      lgpsPence: 860_395,
      levyPence: 20_389,
      allowancesPence: 0,
      totalPence: 5_495_139,
    });
    // mid of 30, 31, 32, 33 is the lower middle, SCP 31 £41,771.00: NI 5,515.65; LGPS 8,813.681 → 8,813.68; levy 208.855 → 208.86; total 56,309.19
    expect(figures(post({ policy: 'mid' }))).toEqual({
      salaryPence: 4_177_100,
      niPence: 551_565,
      lgpsPence: 881_368,
      levyPence: 20_886,
      allowancesPence: 0,
      totalPence: 5_630_919,
    });
    expect(fullCost(post({ policy: 'mid' })).basis.scpUsed).toBe(31);
    expect(fullCost(post({ policy: 'mid', grade: { minScp: 30, maxScp: 32 } })).basis.scpUsed).toBe(31);
    expect(fullCost(post({ policy: 'mid', grade: { minScp: 30, maxScp: 30 } })).basis.scpUsed).toBe(30);
    expect(fullCost(post({ policy: 'top' })).basis.scpUsed).toBe(33);
  });

  it('skips SCP 2 once it is deleted: the bottom of grade 2–5 is SCP 3 in 2026/27', () => {
    const grade = { minScp: 2, maxScp: 5 };
    expect(fullCost(post({ grade, policy: 'bottom' })).basis.scpUsed).toBe(2);
    const cost = fullCost(post({ grade, policy: 'bottom', financialYear: '2026/27' }));
    expect(cost.basis).toMatchObject({ scpUsed: 3, payTableId: 'njc-spine-2025-26-without-scp-2', unconfirmedTableIds: ['njc-spine-2025-26-without-scp-2'] });
    expect(fullCost(post({ grade, policy: 'mid', financialYear: '2026/27' })).basis.scpUsed).toBe(4); // 3, 4, 5
    expect(codeOf(() => fullCost(post({ grade: { minScp: 2, maxScp: 2 }, policy: 'top', financialYear: '2026/27' })))).toBe('GRADE_HAS_NO_PAY_POINTS');
  });

  it('refuses an actual SCP 2 in 2026/27, naming the point its holder moves to', () => {
    let message = '';
    try {
      fullCost(post({ grade: null, policy: 'actual', scp: 2, financialYear: '2026/27' }));
    } catch (error) {
      expect((error as DomainError).code).toBe('SCP_DELETED');
      message = (error as DomainError).message;
    }
    expect(message).toBe('SCP 2 was deleted from 1 April 2026; its holders move to SCP 3 at least.');
  });

  it('needs a grade for bottom, mid and top, an SCP for actual, and an SCP inside the grade', () => {
    expect(codeOf(() => fullCost(post({ grade: null, policy: 'mid' })))).toBe('GRADE_REQUIRED');
    expect(codeOf(() => fullCost(post({ policy: 'actual', scp: null })))).toBe('SCP_REQUIRED');
    expect(codeOf(() => fullCost(post({ policy: 'actual', scp: 34 })))).toBe('SCP_OUTSIDE_GRADE');
    expect(codeOf(() => fullCost(post({ grade: { minScp: 33, maxScp: 30 } })))).toBe('INVALID_GRADE');
    expect(codeOf(() => fullCost(post({ policy: 'median' as never })))).toBe('INVALID_SCP_POLICY');
    expect(codeOf(() => fullCost(post({ grade: null, policy: 'actual', scp: 50 })))).toBe('SCP_NOT_IN_TABLE');
  });
});

describe('the inputs', () => {
  it('refuses FTE of zero or in fractions, and allowances not in whole pence', () => {
    expect(codeOf(() => fullCost(post({ fte: 0 })))).toBe('INVALID_FTE');
    expect(codeOf(() => fullCost(post({ fte: 0.6 })))).toBe('INVALID_FTE');
    expect(codeOf(() => fullCost(post({ allowancesPence: 10.5 })))).toBe('INVALID_MONEY');
    expect(codeOf(() => fullCost(post({ allowancesPence: -1 })))).toBe('INVALID_MONEY');
  });
});
