import {
  costingDatesOf,
  discretionaryCompensation,
  policyInForce,
  exitCostsDecider,
  functionBudget,
  functionBudgetDecider,
  gradeOn,
  lgpsStrainFlag,
  statutoryRedundancyPay,
  type BudgetPost,
  type FunctionBudget,
  type ScpPolicy,
} from '@orgledger/domain';
import { invalid, notFound } from '../platform/api-errors';
import { streamName } from '@orgledger/event-store';
import { loadState } from '../platform/load-state';
import { designRow } from '../design';
import { gradeStructuresOf, gradingRowOf } from '../grading';
import { costingTablesOf } from '../reference-data';
import { loadPolicy } from '../policy';
import { reassignmentsModel } from '../reassignments';
import { postModel } from '../establishment';
import { fteDealModel } from '../deals';
import type { ReadSide } from '../platform/read-side';

// The read side names the streams; the commands import them from here (one direction only).
export const functionBudgetStream = (tenantId: string, programmeId: string) => streamName('functionBudget', tenantId, programmeId);
export const exitCostsStream = (tenantId: string, programmeId: string) => streamName('exitCosts', tenantId, programmeId);

export type Scope = { programmeId: string; authorityId: string };
export type PostCostingBasis = { designPostId: string; title: string; grade: string; minScp: number; maxScp: number; final: boolean; fte: number };

// Each post of an option as the budget costs it: the grade of its approved evaluation (final),
// else the design's grade number read as "Grade N" in the council's structure (provisional).
// For the actual SCP, the point of the as-is post whose holder fills it (slot-in or appointment).
export const budgetPostsOf = async (read: ReadSide, tenantId: string, scope: Scope, optionId: string | null, financialYear: string, policy: ScpPolicy) => {
  const design = designRow(read, tenantId, scope.programmeId);
  const id = optionId ?? design.chosenOptionId;
  const option = design.options.find((o) => o.optionId === id);
  if (!option) {
    throw optionId
      ? notFound('DESIGN_OPTION_NOT_FOUND', `There is no design option with id ${optionId} in this programme.`)
      : invalid('NO_CHOSEN_OPTION', 'No design option has been chosen yet: choose one, or name the option to cost.');
  }
  const { payDate } = costingDatesOf(financialYear);
  const structures = await gradeStructuresOf(read, tenantId, scope.authorityId);
  const reassignments = read.readModels.get(reassignmentsModel, tenantId, scope.programmeId);
  const details: PostCostingBasis[] = [];
  const posts: BudgetPost[] = option.posts.map((p) => {
    const row = gradingRowOf(read, tenantId, scope.programmeId, p.designPostId);
    const final = !!row?.status.canBeCostedAsFinal && row.evaluation !== null;
    const band = final
      ? { grade: row!.evaluation!.grade, minScp: row!.evaluation!.minScp, maxScp: row!.evaluation!.maxScp }
      : gradeOn(structures, `Grade ${p.grade}`, payDate);
    let scp: number | null = null;
    if (policy === 'actual') {
      const holder = Object.values(reassignments?.state.posts ?? {}).find((r) => r.designPostId === p.designPostId);
      scp = holder ? (read.readModels.get(postModel, tenantId, holder.postId)?.scp ?? null) : null;
    }
    details.push({ designPostId: p.designPostId, title: p.title, grade: band.grade, minScp: band.minScp, maxScp: band.maxScp, final, fte: p.fte });
    const holder = { apprenticeship: p.apprenticeship, ageBand: p.holderAgeBand };
    return {
      designPostId: p.designPostId,
      grade: { minScp: band.minScp, maxScp: band.maxScp },
      scp,
      policy,
      fte: p.fte,
      allowancesPence: 0,
      allowances: p.allowances,
      holder,
    };
  });
  return { option, posts, details };
};

export const fundingFromDeals = (read: ReadSide, tenantId: string, programmeId: string, financialYear: string) =>
  read.readModels
    .list(fteDealModel, tenantId, programmeId)
    .flatMap((d) => d.agreedBudget ?? [])
    .filter((l) => l.financialYear === financialYear)
    .reduce((sum, l) => sum + l.pence, 0);

// The whole budget for a year: pay lines from the option, non-pay lines as decided, funding from
// the agreed deals. Every figure comes with the table ids it used.
export const budgetOf = async (
  read: ReadSide,
  tenantId: string,
  scope: Scope,
  input: { optionId?: string | null; financialYear: string; policy: ScpPolicy; withNonPay: boolean },
): Promise<{ budget: FunctionBudget; details: PostCostingBasis[]; posts: BudgetPost[]; optionId: string; optionName: string; lgpsRateBp: number; tableIds: string[] }> => {
  const { financialYear } = costingDatesOf(input.financialYear);
  const { option, posts, details } = await budgetPostsOf(read, tenantId, scope, input.optionId ?? null, financialYear, input.policy);
  const { tables, lgps } = await costingTablesOf(read, tenantId, scope.authorityId);
  const decided = input.withNonPay ? await loadState(read.store, functionBudgetStream(tenantId, scope.programmeId), functionBudgetDecider) : null;
  const budget = functionBudget({
    posts,
    nonPayLines: decided?.nonPay[financialYear] ?? [],
    fundingFromDeals: input.withNonPay ? fundingFromDeals(read, tenantId, scope.programmeId, financialYear) : 0,
    financialYear,
    authorityLgps: lgps,
    tables,
  });
  const tableIds = [...new Set(budget.payLines.flatMap((l) => [l.basis.payTableId, l.basis.niTableId, l.basis.levyTableId]))];
  const lgpsRateBp = budget.payLines[0]?.basis.lgpsRate.rateBp ?? 0;
  return { budget, details, posts, optionId: option.optionId, optionName: option.name, lgpsRateBp, tableIds };
};

export const signOffsOf = async (read: ReadSide, tenantId: string, programmeId: string, financialYear: string) =>
  (await loadState(read.store, functionBudgetStream(tenantId, programmeId), functionBudgetDecider)).signOffs[financialYear] ?? [];

// As-is posts whose holders the transition put at risk at some point (later redeployment or a
// failed trial does not take the exit cost out of the business case).
const atRiskPostsOf = (read: ReadSide, tenantId: string, programmeId: string) =>
  Object.values(read.readModels.get(reassignmentsModel, tenantId, programmeId)?.state.posts ?? {}).filter((p) =>
    p.history.some((h) => h.type === 'PostholderAtRisk'),
  );

export const atRiskPostIdsOf = (read: ReadSide, tenantId: string, programmeId: string) => atRiskPostsOf(read, tenantId, programmeId).map((p) => p.postId);

// As-is posts whose holders were put at risk in the transition, with what leaving would cost.
export const exitCostsOf = async (read: ReadSide, tenantId: string, scope: Scope) => {
  const atRisk = atRiskPostsOf(read, tenantId, scope.programmeId);
  const recorded = (await loadState(read.store, exitCostsStream(tenantId, scope.programmeId), exitCostsDecider)).inputs;
  const { tables } = await costingTablesOf(read, tenantId, scope.authorityId);
  const policy = await loadPolicy(read, tenantId, scope.authorityId);
  return atRisk.map((p) => {
    const post = read.readModels.get(postModel, tenantId, p.postId);
    const inputs = recorded[p.postId] ?? null;
    const redundancy = inputs && statutoryRedundancyPay({ ...inputs, tables });
    // Beside statutory redundancy: the council's discretionary compensation on the dismissal date.
    const inForce = inputs && policyInForce(policy, inputs.dismissalDate);
    return {
      postId: p.postId,
      reference: post?.reference ?? '(removed post)',
      title: post?.title ?? '',
      outcome: p.outcome,
      inputs,
      redundancy,
      discretionaryCompensation:
        inputs && redundancy && inForce
          ? {
              ...discretionaryCompensation({ statutory: redundancy, weeklyPayPence: inputs.weeklyPayPence, policy: inForce.pack.discretionaryCompensation }),
              policyLabel: inForce.label,
            }
          : null,
      lgpsStrain:
        inputs &&
        lgpsStrainFlag({
          age: inputs.age,
          pensionMember: inputs.pensionMember,
          yearsMembership: inputs.yearsMembership,
          strainEstimatePence: inputs.lgpsStrainEstimatePence,
        }),
    };
  });
};
