import fc from 'fast-check';
import { STANDARD_REFERENCE_DATA } from '@orgledger/reference-data';
import { snapshotCostsOf, validateSnapshot, type DesignAuthoritySnapshot } from '../authority-decisions';
import { DEAL_STATUSES, fundingPosition, type DealBudgetLine } from '../deals';
import {
  fundingYearOf,
  ONE_OFF_KINDS,
  programmeCosts,
  type FundingDeal,
  type OneOffCost,
  type ProgrammeCosts,
  type ProgrammePost,
} from './function-budget-programme';
import { lgps211 } from './spec-fixtures';

// Generated programmes: options with graded and ungraded posts, vacancies filled later, deals in
// every status, non-pay lines, one-off costs, a go-live date or none, Finance's sign-off or none.
// Every page reads the same functions the API pages call, so the figures that claim to be the same
// must be equal to the penny.
const YEARS = ['2025/26', '2026/27', '2027/28', '2028/29'] as const;
const date = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const pence = (max: number) => fc.integer({ min: 0, max });
const fte = fc.integer({ min: 1, max: 3000 });

const post = (id: string): fc.Arbitrary<ProgrammePost> =>
  fc.oneof(
    fc
      .record({
        minScp: fc.integer({ min: 3, max: 40 }),
        span: fc.integer({ min: 0, max: 3 }),
        fte,
        allowancesPence: pence(500_000),
        startsOn: fc.option(date),
      })
      .map(({ minScp, span, ...p }): ProgrammePost => ({
        costing: 'full',
        designPostId: id,
        title: `Post ${id}`,
        grade: { minScp, maxScp: minScp + span },
        scp: null,
        policy: 'mid',
        ...p,
      })),
    fc
      .record({ fte, indicativeCostPence: pence(10_000_000), startsOn: fc.option(date) })
      .map((p): ProgrammePost => ({ costing: 'indicative', designPostId: id, title: `Post ${id}`, ...p })),
  );
const option = (o: number) => fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => post(`o${o}-p${i}`))));
const budgetLines: fc.Arbitrary<DealBudgetLine[]> = fc.uniqueArray(fc.record({ financialYear: fc.constantFrom(...YEARS), pence: pence(5_000_000) }), {
  selector: (l) => l.financialYear,
  maxLength: 3,
});
const deal: fc.Arbitrary<FundingDeal> = fc
  .record({ status: fc.constantFrom(...DEAL_STATUSES), agreedFte: fte, agreedBudget: budgetLines, offerFte: fte, offerBudget: budgetLines })
  .map((d) => {
    const agreed = d.status === 'agreed' || d.status === 'amendment_proposed' || d.status === 'withdrawn';
    const offer = d.status !== 'agreed' && d.status !== 'withdrawn';
    return {
      status: d.status,
      agreedFte: agreed ? d.agreedFte : null,
      agreedBudget: agreed ? d.agreedBudget : null,
      offerFte: offer ? d.offerFte : null,
      offerBudget: offer ? d.offerBudget : null,
    };
  });
const oneOff: fc.Arbitrary<OneOffCost> = fc.record({
  kind: fc.constantFrom(...ONE_OFF_KINDS),
  refId: fc.constantFrom('p1', 'p2', 'p3'),
  label: fc.constantFrom('Redundancy: P1', 'Strain: P2'),
  pence: pence(3_000_000),
  date: fc.option(date),
});
const programme = fc.record({
  options: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => option(i)))),
  chosen: fc.nat(),
  deals: fc.array(deal, { maxLength: 6 }),
  nonPay: fc.array(fc.record({ label: fc.constantFrom('Training', 'Licence', 'Travel'), pencePerYear: pence(2_000_000) }), { maxLength: 3 }),
  oneOffCosts: fc.array(oneOff, { maxLength: 4 }),
  goLiveDate: fc.option(date),
  financialYear: fc.constantFrom(...YEARS),
  signOff: fc.option(fc.record({ signedOn: date, sameFigures: fc.boolean() })),
});
type Programme = typeof programme extends fc.Arbitrary<infer P> ? P : never;

const costsInput = (p: Programme, optionIndex: number, financialYear: string) => ({
  financialYear,
  goLiveDate: p.goLiveDate,
  posts: p.options[optionIndex],
  nonPayLines: p.nonPay,
  deals: p.deals,
  oneOffCosts: p.oneOffCosts,
  authorityLgps: [lgps211],
  tables: STANDARD_REFERENCE_DATA,
});

const costsOf = (p: Programme, optionIndex: number, financialYear: string): ProgrammeCosts => programmeCosts(costsInput(p, optionIndex, financialYear));

// The pages, each as the API builds it from the model.
const pages = (p: Programme) => {
  const chosen = p.chosen % p.options.length;
  const budget = costsOf(p, chosen, p.financialYear);
  const fundingYears = YEARS.map((y) => fundingYearOf(costsOf(p, chosen, y)));
  const comparison = p.options.map((_, i) => costsOf(p, i, p.financialYear).recurring.totalPence);
  const funding = fundingYears.find((y) => y.financialYear === p.financialYear)!;
  const snapshot = validateSnapshot({
    option: {
      optionId: `option-${chosen}`,
      name: 'Chosen option',
      posts: p.options[chosen].map((post) => ({ designPostId: post.designPostId, title: post.title, grade: 7, fte: post.fte, reportsTo: null })),
    },
    costs: snapshotCostsOf(budget, 'Generated programme'),
    funding: {
      agreedFte: funding.fte.agreed,
      pipelineFte: funding.fte.pipeline,
      neededFte: funding.fte.needed,
      gapFte: funding.fte.gap,
      byYear: fundingYears.map(({ financialYear, agreedPence, pipelinePence, neededPence, gapPence }) => ({
        financialYear,
        agreedPence,
        pipelinePence,
        neededPence,
        gapPence,
      })),
    },
    financeSignOff: p.signOff && { signedOff: true, signedOn: p.signOff.signedOn, current: p.signOff.sameFigures },
    deals: [],
    grading: [],
    consultationOutline: 'Generated',
    submittedOn: '2026-12-08',
  } satisfies DesignAuthoritySnapshot);
  return { chosen, budget, funding, comparison, snapshot };
};

describe('one cost truth over generated programmes', () => {
  it('given any programme, then Funding, Costs, the Finance budget, the option comparison and the pack show the same figures', () => {
    fc.assert(
      fc.property(programme, (p) => {
        const { chosen, budget, funding, comparison, snapshot } = pages(p);
        const needed = budget.recurring.totalPence;
        // the same "needed" on every page
        expect(funding.neededPence).toBe(needed);
        expect(comparison[chosen]).toBe(needed);
        expect(snapshot.costs.totalPence).toBe(needed);
        expect(snapshot.funding.byYear.find((y) => y.financialYear === p.financialYear)!.neededPence).toBe(needed);
        // the same funding and gap, in pounds and FTE
        const agreed = fundingPosition({ deals: p.deals, designNeed: { fte: 0, budgetByYear: {} } }).byYear.find((y) => y.financialYear === p.financialYear);
        expect(budget.funding.agreedPence).toBe(agreed?.agreedPence ?? 0);
        expect(funding.gapPence).toBe(needed - funding.agreedPence);
        expect(budget.funding.gapPence).toBe(funding.gapPence);
        expect(snapshot.funding.gapFte).toBe(funding.fte.needed - funding.fte.agreed);
        expect(funding.fte.needed).toBe(p.options[chosen].reduce((s, post) => s + post.fte, 0));
      }),
      { numRuns: 200 },
    );
  });

  it('given any programme, then totals add their lines exactly, posts not graded stay out, and part-year never exceeds the year', () => {
    fc.assert(
      fc.property(programme, (p) => {
        const { chosen, budget, snapshot } = pages(p);
        const sum = (xs: { pence: number }[]) => xs.reduce((s, x) => s + x.pence, 0);
        expect(budget.recurring.totalPence).toBe(sum(budget.recurring.lines));
        expect(sum(snapshot.costs.byPost) + sum(snapshot.costs.nonPay)).toBe(snapshot.costs.totalPence);
        expect(budget.indicative.pence).toBe(sum(budget.indicative.lines));
        expect(budget.oneOff.totalPence).toBe(sum(budget.oneOff.lines));
        const graded = { ...p, options: p.options.map((o) => o.filter((post) => post.costing === 'full')) };
        expect(costsOf(graded, chosen, p.financialYear).recurring.totalPence).toBe(budget.recurring.totalPence);
        for (const line of budget.recurring.lines) expect(line.pence).toBeLessThanOrEqual(line.annualPence);
        const yearEnd = `${Number(p.financialYear.slice(0, 4)) + 1}-03-31`;
        if (p.goLiveDate !== null && p.goLiveDate > yearEnd) expect(budget.recurring.payPence).toBe(0);
        if (p.goLiveDate === null && p.options[chosen].every((post) => post.startsOn == null)) expect(budget.recurring.totalPence).toBe(budget.annual.total);
        expect(snapshot.financeSignOff?.signedOff ?? false).toBe(p.signOff !== null);
      }),
      { numRuns: 200 },
    );
  });
});
