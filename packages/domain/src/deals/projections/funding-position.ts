import { requireFinancialYear, requireFte, requirePence, type Fte, type Money } from '../../shared/values';
import type { DealBudgetLine } from '../terms';
import type { DealSummary } from './deal-summary';

// What the designed function costs: its FTE, and its budget by financial year ('2026/27').
export type FundingNeed = { fte: Fte; budgetByYear: Record<string, Money> };

export type FundingYear = { financialYear: string; agreedPence: Money; pipelinePence: Money; neededPence: Money; gapPence: Money };
export type FundingPosition = { byYear: FundingYear[]; fte: { agreed: Fte; pipeline: Fte; needed: Fte; gap: Fte } };

type Funding = Pick<DealSummary, 'status' | 'agreedFte' | 'agreedBudget' | 'offerFte' | 'offerBudget'>;

const byYear = (lines: DealBudgetLine[] | null): Map<string, Money> => new Map((lines ?? []).map((l) => [l.financialYear, l.pence]));

// How far the deals fund the design, in exact integers.
// - agreed: the terms in force of every agreed deal, including one with an amendment pending;
// - pipeline: offers still being negotiated count in full; a pending amendment counts only for
//   what it would add to the agreed terms, per year and for FTE (a pending cut subtracts nothing,
//   because the agreed terms stand until the cut is agreed); rejected and withdrawn deals count nothing;
// - gap: needed − agreed, as only agreed funding is secured; negative when the deals over-fund.
export const fundingPosition = ({ deals, designNeed }: { deals: Funding[]; designNeed: FundingNeed }): FundingPosition => {
  const needed = new Map<string, Money>();
  for (const [year, pence] of Object.entries(designNeed.budgetByYear ?? {})) needed.set(requireFinancialYear(year), requirePence('neededBudget', pence));
  const agreed = new Map<string, Money>();
  const pipeline = new Map<string, Money>();
  const add = (into: Map<string, Money>, year: string, pence: Money) => into.set(year, (into.get(year) ?? 0) + pence);
  const fte = { agreed: 0, pipeline: 0 };

  for (const deal of deals) {
    if (deal.status === 'agreed' || deal.status === 'amendment_proposed') {
      fte.agreed += deal.agreedFte ?? 0;
      for (const [year, pence] of byYear(deal.agreedBudget)) add(agreed, year, pence);
    }
    if (deal.status === 'proposed' || deal.status === 'countered') {
      fte.pipeline += deal.offerFte ?? 0;
      for (const [year, pence] of byYear(deal.offerBudget)) add(pipeline, year, pence);
    }
    if (deal.status === 'amendment_proposed') {
      fte.pipeline += Math.max(0, (deal.offerFte ?? 0) - (deal.agreedFte ?? 0));
      const inForce = byYear(deal.agreedBudget);
      for (const [year, pence] of byYear(deal.offerBudget)) add(pipeline, year, Math.max(0, pence - (inForce.get(year) ?? 0)));
    }
  }

  const years = [...new Set([...needed.keys(), ...agreed.keys(), ...pipeline.keys()])].sort();
  const neededFte = requireFte('neededFte', designNeed.fte);
  return {
    byYear: years.map((financialYear) => {
      const row = { agreedPence: agreed.get(financialYear) ?? 0, pipelinePence: pipeline.get(financialYear) ?? 0, neededPence: needed.get(financialYear) ?? 0 };
      return { financialYear, ...row, gapPence: row.neededPence - row.agreedPence };
    }),
    fte: { agreed: fte.agreed, pipeline: fte.pipeline, needed: neededFte, gap: neededFte - fte.agreed },
  };
};
