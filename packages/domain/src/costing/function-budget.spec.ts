import { STANDARD_REFERENCE_DATA } from '@orgledger/reference-data';
import { DomainError } from '../shared/errors';
import { functionBudget, type FunctionBudgetInput } from './function-budget';
import { lgps211 } from './spec-fixtures';

const grade = { minScp: 30, maxScp: 33 };
const budget = (overrides: Partial<FunctionBudgetInput> = {}): FunctionBudgetInput => ({
  posts: [
    { designPostId: 'head-of-contracts', grade, scp: null, policy: 'top', fte: 1000, allowancesPence: 0 },
    { designPostId: 'contract-officer', grade, scp: 33, policy: 'actual', fte: 600, allowancesPence: 0 },
  ],
  nonPayLines: [
    { label: ' Contract management system licence ', pencePerYear: 1_200_000 },
    { label: 'Training', pencePerYear: 350_000 },
  ],
  fundingFromDeals: 8_000_000,
  financialYear: '2025/26',
  authorityLgps: [lgps211],
  tables: STANDARD_REFERENCE_DATA,
  ...overrides,
});

const errorOf = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('the budget of a designed function', () => {
  it('adds up exactly: pay lines, non-pay lines, funding and the gap', () => {
    // pay: 59,456.46 (SCP 33, 1.000 FTE: the worked example) + 35,373.88 (SCP 33, 0.600 FTE) = 94,830.34
    // non-pay: 12,000.00 + 3,500.00 = 15,500.00; total 110,330.34; funding 80,000.00; gap 30,330.34
    const result = functionBudget(budget());
    expect(result.payLines.map((l) => [l.designPostId, l.totalPence])).toEqual([
      ['head-of-contracts', 5_945_646],
      ['contract-officer', 3_537_388],
    ]);
    expect(result).toMatchObject({
      financialYear: '2025/26',
      payTotal: 9_483_034,
      nonPayTotal: 1_550_000,
      total: 11_033_034,
      funding: 8_000_000,
      gap: 3_033_034,
    });
    expect(result.payComponents).toEqual({
      salaryPence: 4_407_500 + 2_644_500,
      niPence: 586_125 + 321_675,
      lgpsPence: 929_983 + 557_990,
      levyPence: 22_038 + 13_223,
      allowancesPence: 0,
    });
    const { salaryPence, niPence, lgpsPence, levyPence, allowancesPence } = result.payComponents;
    expect(salaryPence + niPence + lgpsPence + levyPence + allowancesPence).toBe(result.payTotal);
    expect(result.nonPayLines[0].label).toBe('Contract management system licence');
  });

  it('shows headroom as a negative gap, and an empty design as no cost', () => {
    expect(functionBudget(budget({ fundingFromDeals: 12_000_000 })).gap).toBe(-966_966);
    expect(functionBudget(budget({ posts: [], nonPayLines: [] }))).toMatchObject({ payTotal: 0, nonPayTotal: 0, total: 0, gap: -8_000_000 });
  });

  it('keeps each line’s basis, all on the budget’s year', () => {
    const result = functionBudget(budget({ financialYear: '2024/25' }));
    expect(result.payLines.every((l) => l.basis.payTableId === 'njc-spine-2024-25' && l.basis.financialYear === '2024/25')).toBe(true);
  });

  it('names the design post whose costing failed', () => {
    const posts = [...budget().posts, { designPostId: 'analyst', grade: null, scp: null, policy: 'mid' as const, fte: 1000, allowancesPence: 0 }];
    const error = errorOf(() => functionBudget(budget({ posts })));
    expect(error.code).toBe('GRADE_REQUIRED');
    expect(error.message).toMatch(/^Design post analyst: /);
    expect(error.details).toMatchObject({ designPostId: 'analyst' });
  });

  it('costs each post once, and checks the money it is given', () => {
    const posts = [budget().posts[0], budget().posts[0]];
    expect(errorOf(() => functionBudget(budget({ posts }))).code).toBe('DESIGN_POST_LISTED_TWICE');
    expect(errorOf(() => functionBudget(budget({ fundingFromDeals: -1 }))).code).toBe('INVALID_MONEY');
    expect(errorOf(() => functionBudget(budget({ nonPayLines: [{ label: 'Travel', pencePerYear: 10.5 }] }))).code).toBe('INVALID_MONEY');
    expect(errorOf(() => functionBudget(budget({ nonPayLines: [{ label: ' ', pencePerYear: 1 }] }))).code).toBe('TEXT_REQUIRED');
    expect(errorOf(() => functionBudget(budget({ financialYear: '2025' }))).code).toBe('INVALID_FINANCIAL_YEAR');
  });
});
