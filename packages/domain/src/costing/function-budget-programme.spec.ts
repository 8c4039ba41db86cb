import { STANDARD_REFERENCE_DATA } from '@orgledger/reference-data';
import { fundingPosition } from '../deals';
import { functionBudget } from './function-budget';
import { programmeCosts, type ProgrammeCostsInput } from './function-budget-programme';
import { lgps211 } from './spec-fixtures';

const grade = { minScp: 30, maxScp: 33 };
const agreed = (pence: number, financialYear = '2026/27') => ({
  status: 'agreed' as const,
  agreedFte: 500,
  agreedBudget: [{ financialYear, pence }],
  offerFte: null,
  offerBudget: null,
});
const input = (overrides: Partial<ProgrammeCostsInput> = {}): ProgrammeCostsInput => ({
  financialYear: '2026/27',
  goLiveDate: null,
  posts: [
    { costing: 'full', designPostId: 'head', title: 'Head of contracts', grade, scp: null, policy: 'top', fte: 1000, allowancesPence: 0 },
    { costing: 'indicative', designPostId: 'analyst', title: 'Contract analyst', fte: 1000, indicativeCostPence: 4_000_000 },
  ],
  nonPayLines: [{ label: 'Training', pencePerYear: 365_000 }],
  deals: [agreed(3_000_000)],
  oneOffCosts: [],
  authorityLgps: [lgps211],
  tables: STANDARD_REFERENCE_DATA,
  ...overrides,
});

describe('the costs of a programme for a financial year (one costing model)', () => {
  it('given a graded and an ungraded post, then only the full cost is in the totals and the indicative figure has its own line', () => {
    const costs = programmeCosts(input());
    const budget = functionBudget({
      posts: [{ designPostId: 'head', grade, scp: null, policy: 'top', fte: 1000, allowancesPence: 0 }],
      nonPayLines: [{ label: 'Training', pencePerYear: 365_000 }],
      fundingFromDeals: 3_000_000,
      financialYear: '2026/27',
      authorityLgps: [lgps211],
      tables: STANDARD_REFERENCE_DATA,
    });
    expect(costs.recurring.totalPence).toBe(budget.total);
    expect(costs.funding.neededPence).toBe(budget.total);
    expect(costs.indicative).toEqual({
      lines: [{ designPostId: 'analyst', title: 'Contract analyst', fte: 1000, annualPence: 4_000_000, pence: 4_000_000, daysCosted: 365 }],
      annualPence: 4_000_000,
      pence: 4_000_000,
    });
    expect(costs.funding.fte).toEqual({ agreed: 500, pipeline: 0, needed: 2000, gap: 1500 });
  });

  it('given agreed deals, then the funding and the gap in pounds are those of the funding position', () => {
    const deals = [agreed(3_000_000), agreed(1_000_000, '2027/28'), { ...agreed(9_000_000), status: 'withdrawn' as const }];
    const costs = programmeCosts(input({ deals }));
    const position = fundingPosition({ deals, designNeed: { fte: 0, budgetByYear: {} } });
    expect(costs.funding.agreedPence).toBe(position.byYear.find((y) => y.financialYear === '2026/27')!.agreedPence);
    expect(costs.funding.gapPence).toBe(costs.funding.neededPence - 3_000_000);
    expect(costs.annual.funding).toBe(3_000_000);
  });

  it('given a go-live of 1 April 2027, when 2026/27 is costed, then no post costs anything that year (only the non-pay decided for it); 2027/28 is the whole year', () => {
    const before = programmeCosts(input({ goLiveDate: '2027-04-01' }));
    expect(before.recurring.payPence).toBe(0);
    expect(before.recurring.totalPence).toBe(365_000);
    expect(before.indicative.pence).toBe(0);
    expect(before.funding.gapPence).toBe(365_000 - 3_000_000);
    expect(programmeCosts(input({ goLiveDate: '2027-04-01', nonPayLines: [] })).recurring.totalPence).toBe(0);
    const after = programmeCosts(input({ goLiveDate: '2027-04-01', financialYear: '2027/28' }));
    expect(after.recurring.totalPence).toBe(after.annual.total);
  });

  it("given a vacancy's expected fill date, then only that post is part-year and the total adds its lines exactly", () => {
    const costs = programmeCosts(
      input({
        posts: [
          { costing: 'full', designPostId: 'head', title: 'Head', grade, scp: null, policy: 'top', fte: 1000, allowancesPence: 0, startsOn: '2026-10-01' },
        ],
      }),
    );
    const [pay, training] = costs.recurring.lines;
    expect(pay.daysCosted).toBe(182);
    expect(pay.pence).toBe(Math.floor((pay.annualPence * 182 * 2 + 365) / 730));
    expect(training.pence).toBe(365_000);
    expect(costs.recurring.totalPence).toBe(pay.pence + training.pence);
  });

  it('given one-off exit costs, then those dated in the year and undated ones in the go-live year sit beside the recurring cost, not in it', () => {
    const oneOffCosts = [
      { kind: 'statutory_redundancy' as const, refId: 'p1', label: 'Redundancy: P1', pence: 1_000_000, date: '2027-03-31' },
      { kind: 'lgps_strain' as const, refId: 'p1', label: 'LGPS strain: P1', pence: 2_000_000, date: '2027-04-01' },
      { kind: 'statutory_redundancy' as const, refId: 'p2', label: 'Redundancy: P2', pence: 500_000, date: null },
    ];
    const costs = programmeCosts(input({ oneOffCosts, goLiveDate: '2026-09-01' }));
    expect(costs.oneOff.lines.map((l) => l.label)).toEqual(['Redundancy: P1', 'Redundancy: P2']);
    expect(costs.oneOff.totalPence).toBe(1_500_000);
    expect(costs.funding.neededPence).toBe(costs.recurring.totalPence);
    expect(programmeCosts(input({ oneOffCosts, goLiveDate: '2026-09-01', financialYear: '2027/28' })).oneOff.totalPence).toBe(2_000_000);
  });

  it('refuses a go-live that is not a civil date', () => {
    expect(() => programmeCosts(input({ goLiveDate: '2027-13-01' }))).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
