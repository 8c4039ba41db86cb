import type { ReferenceTables } from '@orgledger/reference-data';
import { fundingPosition, type DealSummary } from '../deals';
import { requireCivilDate, requirePence, type CivilDate, type Fte, type Money } from '../shared/values';
import { costingDatesOf } from './financial-year';
import { functionBudget, type BudgetPost, type FunctionBudget, type NonPayLine } from './function-budget';
import { partYearOf, partYearPence, type PartYear } from './function-budget-part-year';
import type { LgpsEmployerRate } from './lgps-rate';

// The one costing model every page reads: Funding ("needed"), Costs, the Finance budget, the
// option comparison and the Design Authority snapshot all call programmeCosts for a financial year.
// A post with a grade (approved, or the design's grade in the council's structure) is costed at its
// full cost; a post with no grade yet keeps its indicative figure on a line of its own, never in
// the totals. `startsOn` is a vacancy's expected fill date: the post costs nothing before it.
export type ProgrammePost =
  | (BudgetPost & { costing: 'full'; title: string; startsOn?: CivilDate | null })
  | { costing: 'indicative'; designPostId: string; title: string; fte: Fte; indicativeCostPence: Money; startsOn?: CivilDate | null };

// One-off transition costs sit beside the recurring ones, never inside "needed" (deals release
// recurring budget). Discretionary compensation is the council's policy (Local Government (Early
// Termination of Employment) (Discretionary Compensation) Regulations 2006), added by its own slice.
export const ONE_OFF_KINDS = ['statutory_redundancy', 'discretionary_compensation', 'lgps_strain', 'pay_protection'] as const;
export type OneOffKind = (typeof ONE_OFF_KINDS)[number];
export type OneOffCost = { kind: OneOffKind; refId: string; label: string; pence: Money; date: CivilDate | null };

export type FundingDeal = Pick<DealSummary, 'status' | 'agreedFte' | 'agreedBudget' | 'offerFte' | 'offerBudget'>;

export type ProgrammeCostsInput = {
  financialYear: string;
  goLiveDate: CivilDate | null; // the function starts; no recurring cost before it
  posts: ProgrammePost[];
  nonPayLines: NonPayLine[];
  deals: FundingDeal[];
  oneOffCosts: OneOffCost[];
  authorityLgps: LgpsEmployerRate[];
  tables: ReferenceTables;
};

export type RecurringLine = { designPostId: string | null; label: string; annualPence: Money; pence: Money; daysCosted: number };
export type IndicativeLine = { designPostId: string; title: string; fte: Fte; annualPence: Money; pence: Money; daysCosted: number };

export type ProgrammeCosts = {
  financialYear: string;
  goLiveDate: CivilDate | null;
  daysInYear: number;
  annual: FunctionBudget; // full-year figures of the costed posts and non-pay, as Finance budgets a whole year
  recurring: { lines: RecurringLine[]; payPence: Money; nonPayPence: Money; totalPence: Money };
  indicative: { lines: IndicativeLine[]; annualPence: Money; pence: Money };
  oneOff: { lines: OneOffCost[]; totalPence: Money };
  funding: { agreedPence: Money; pipelinePence: Money; neededPence: Money; gapPence: Money; fte: { agreed: Fte; pipeline: Fte; needed: Fte; gap: Fte } };
};

const sum = <T>(items: T[], pick: (item: T) => Money) => items.reduce((total, item) => total + pick(item), 0);

// A one-off cost falls in the year of its date; an undated one (no dismissal date yet) in the year
// the function goes live, or in the year asked when there is no go-live date either.
const inYear = (cost: OneOffCost, goLiveDate: CivilDate | null, first: CivilDate, last: CivilDate) => {
  const date = cost.date ?? goLiveDate;
  return date === null || (date >= first && date <= last);
};

export const programmeCosts = (input: ProgrammeCostsInput): ProgrammeCosts => {
  const { financialYear, payDate: first } = costingDatesOf(input.financialYear);
  const last = `${Number(financialYear.slice(0, 4)) + 1}-03-31`;
  const goLiveDate = input.goLiveDate == null ? null : requireCivilDate('goLiveDate', input.goLiveDate);
  const posts = Array.isArray(input.posts) ? input.posts : [];
  const full = posts.filter((p) => p.costing === 'full');
  const position = fundingPosition({ deals: input.deals ?? [], designNeed: { fte: 0, budgetByYear: {} } });
  const deals = position.byYear.find((y) => y.financialYear === financialYear) ?? { agreedPence: 0, pipelinePence: 0 };

  const annual = functionBudget({
    posts: full.map(({ costing: _c, title: _t, startsOn: _s, ...post }) => post),
    nonPayLines: input.nonPayLines ?? [],
    fundingFromDeals: deals.agreedPence,
    financialYear,
    authorityLgps: input.authorityLgps,
    tables: input.tables,
  });
  const part = (startsOn?: CivilDate | null): PartYear => partYearOf(financialYear, [goLiveDate, startsOn]);
  const payLines: RecurringLine[] = annual.payLines.map((line, i) => {
    const p = part(full[i].startsOn);
    return {
      designPostId: line.designPostId,
      label: full[i].title,
      annualPence: line.totalPence,
      pence: partYearPence(line.totalPence, p),
      daysCosted: p.daysCosted,
    };
  });
  // Non-pay lines are decided for this very year (SetBudgetNonPayLines names it), in the amounts
  // the year bears, so they are taken as they are; only posts follow the dates.
  const whole = part(null);
  const nonPayLines: RecurringLine[] = annual.nonPayLines.map((line) => ({
    designPostId: null,
    label: line.label,
    annualPence: line.pencePerYear,
    pence: line.pencePerYear,
    daysCosted: whole.daysInYear,
  }));
  const payPence = sum(payLines, (l) => l.pence);
  const nonPayPence = sum(nonPayLines, (l) => l.pence);

  const indicativeLines: IndicativeLine[] = posts.flatMap((p) => {
    if (p.costing !== 'indicative') return [];
    const annualPence = requirePence('indicativeCostPence', p.indicativeCostPence);
    const at = part(p.startsOn);
    return [{ designPostId: p.designPostId, title: p.title, fte: p.fte, annualPence, pence: partYearPence(annualPence, at), daysCosted: at.daysCosted }];
  });
  const oneOffLines = (input.oneOffCosts ?? [])
    .map((c) => ({ ...c, pence: requirePence('oneOffCost', c.pence), date: c.date == null ? null : requireCivilDate('date', c.date) }))
    .filter((c) => inYear(c, goLiveDate, first, last));

  const neededPence = payPence + nonPayPence;
  const neededFte = sum(posts, (p) => p.fte);
  return {
    financialYear,
    goLiveDate,
    daysInYear: whole.daysInYear,
    annual,
    recurring: { lines: [...payLines, ...nonPayLines], payPence, nonPayPence, totalPence: neededPence },
    indicative: { lines: indicativeLines, annualPence: sum(indicativeLines, (l) => l.annualPence), pence: sum(indicativeLines, (l) => l.pence) },
    oneOff: { lines: oneOffLines, totalPence: sum(oneOffLines, (l) => l.pence) },
    funding: {
      agreedPence: deals.agreedPence,
      pipelinePence: deals.pipelinePence,
      neededPence,
      gapPence: neededPence - deals.agreedPence,
      fte: { agreed: position.fte.agreed, pipeline: position.fte.pipeline, needed: neededFte, gap: neededFte - position.fte.agreed },
    },
  };
};

// One year of the funding position as the Funding page and the Design Authority snapshot show it.
export type FundingYearCosts = ProgrammeCosts['funding'] & { financialYear: string; indicativePence: Money; oneOffPence: Money; daysCosted: number };

export const fundingYearOf = (costs: ProgrammeCosts): FundingYearCosts => ({
  financialYear: costs.financialYear,
  ...costs.funding,
  indicativePence: costs.indicative.pence,
  oneOffPence: costs.oneOff.totalPence,
  daysCosted: partYearOf(costs.financialYear, [costs.goLiveDate]).daysCosted,
});
