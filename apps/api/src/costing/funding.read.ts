import { compareOptions, DomainError, fundingPosition, fundingYearOf } from '@orgledger/domain';
import type { ReadSide } from '../platform/read-side';
import { designRow } from '../design';
import { financialYearOf, fteDealModel } from '../deals';
import type { Scope } from './costing.read';
import { programmeCostsOf } from './programme-costs.read';
import type { DesignOptionComparison, FundingPositionView } from './programme-costs.graphql';

// Today's financial year: the year a page shows unless it names one.
export const currentFinancialYear = () => financialYearOf(new Date().toISOString().slice(0, 10));

// The funding position: for today's year, every year a deal moves budget in and the go-live year,
// "needed" is the chosen option's recurring cost from programmeCostsOf, the same figure as the
// Finance budget's total. An option that cannot be costed yet says why and needs nothing.
export const fundingOf = async (read: ReadSide, tenantId: string, scope: Scope): Promise<FundingPositionView> => {
  const design = designRow(read, tenantId, scope.programmeId);
  const deals = read.readModels.list(fteDealModel, tenantId, scope.programmeId);
  const chosen = design.options.find((o) => o.optionId === design.chosenOptionId) ?? null;
  const years = new Set([currentFinancialYear()]);
  if (design.goLiveDate) years.add(financialYearOf(design.goLiveDate));
  for (const d of deals) for (const line of [...d.budget, ...(d.offerBudget ?? [])]) years.add(line.financialYear);
  const dealsOnly = fundingPosition({ deals, designNeed: { fte: chosen ? chosen.posts.reduce((s, p) => s + p.fte, 0) : 0, budgetByYear: {} } });
  const base = { programmeId: scope.programmeId, goLiveDate: design.goLiveDate ?? null, ...fteOf(dealsOnly.fte) };
  const noNeed = (needSource: string): FundingPositionView => ({
    ...base,
    needSource,
    byYear: [...years].sort().map((financialYear) => {
      const y = dealsOnly.byYear.find((r) => r.financialYear === financialYear);
      const agreedPence = y?.agreedPence ?? 0;
      return {
        financialYear,
        agreedPence,
        pipelinePence: y?.pipelinePence ?? 0,
        neededPence: 0,
        gapPence: -agreedPence,
        indicativePence: 0,
        oneOffPence: 0,
        daysCosted: 0,
      };
    }),
  });
  if (!chosen) return noNeed('No design option has been chosen yet, so nothing is needed yet.');
  try {
    const byYear = [];
    let notGraded = 0;
    let graded = 0;
    for (const financialYear of [...years].sort()) {
      const { costs } = await programmeCostsOf(read, tenantId, scope, { financialYear });
      notGraded = costs.indicative.lines.length;
      graded = costs.annual.payLines.length;
      const { fte: _fte, ...year } = fundingYearOf(costs);
      byYear.push(year);
    }
    const ungraded = notGraded
      ? `; ${notGraded} post${notGraded === 1 ? ' has' : 's have'} no grade yet and show${notGraded === 1 ? 's' : ''} apart, at an indicative figure`
      : '';
    return {
      ...base,
      byYear,
      needSource: `The chosen design option "${chosen.name}": ${graded} posts at their full cost and the budget's non-pay lines, as in the Finance budget${ungraded}.`,
    };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return noNeed(`The chosen design option "${chosen.name}" cannot be costed yet: ${error.message}`);
  }
};

const fteOf = (fte: { agreed: number; pipeline: number; needed: number; gap: number }) => ({
  agreedFte: fte.agreed,
  pipelineFte: fte.pipeline,
  neededFte: fte.needed,
  gapFte: fte.gap,
});

// The options side by side, each at the cost the budget would give it for the year.
export const optionComparisonOf = async (read: ReadSide, tenantId: string, scope: Scope, financialYear?: string | null): Promise<DesignOptionComparison[]> => {
  const design = designRow(read, tenantId, scope.programmeId);
  const year = financialYear ?? currentFinancialYear();
  const rows: DesignOptionComparison[] = [];
  for (const c of compareOptions(design.options)) {
    const base = { ...c, chosen: c.optionId === design.chosenOptionId, financialYear: year };
    try {
      const { costs } = await programmeCostsOf(read, tenantId, scope, { optionId: c.optionId, financialYear: year });
      rows.push({
        ...base,
        fullCostPence: costs.recurring.totalPence,
        notGradedPence: costs.indicative.pence,
        notGradedPosts: costs.indicative.lines.length,
        costingProblem: null,
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      rows.push({ ...base, fullCostPence: null, notGradedPence: 0, notGradedPosts: 0, costingProblem: error.message });
    }
  }
  return rows;
};
