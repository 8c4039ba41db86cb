import {
  chooseScp,
  costingDatesOf,
  DomainError,
  functionBudgetDecider,
  gradeOn,
  programmeCosts,
  progressedScp,
  type OneOffCost,
  type ProgrammeCosts,
  type ProgrammePost,
  type ScpPolicy,
} from '@orgledger/domain';
import { invalid, notFound } from '../platform/api-errors';
import { loadState } from '../platform/load-state';
import type { ReadSide } from '../platform/read-side';
import { designRow } from '../design';
import { gradeStructuresOf, gradingRowOf } from '../grading';
import { costingTablesOf } from '../reference-data';
import { reassignmentsModel } from '../reassignments';
import { postModel } from '../establishment';
import { fteDealModel } from '../deals';
import { exitCostsOf, functionBudgetStream, type Scope } from './costing.read';

export type PostCostingBasis = { designPostId: string; title: string; grade: string; minScp: number; maxScp: number; final: boolean; fte: number };

// Where a design post's grade comes from: its approved evaluation (final); else the design's grade
// number read as "Grade N" in the council's structure (provisional); else it has no grade yet and
// keeps its indicative figure, shown apart from the totals.
const postsOf = async (read: ReadSide, tenantId: string, scope: Scope, optionId: string | null, payDate: string, policy: ScpPolicy) => {
  const design = designRow(read, tenantId, scope.programmeId);
  const id = optionId ?? design.chosenOptionId;
  const option = design.options.find((o) => o.optionId === id);
  if (!option) {
    throw optionId
      ? notFound('DESIGN_OPTION_NOT_FOUND', `There is no design option with id ${optionId} in this programme.`)
      : invalid('NO_CHOSEN_OPTION', 'No design option has been chosen yet: choose one, or name the option to cost.');
  }
  const structures = await gradeStructuresOf(read, tenantId, scope.authorityId);
  const reassignments = read.readModels.get(reassignmentsModel, tenantId, scope.programmeId);
  const details: PostCostingBasis[] = [];
  const posts: ProgrammePost[] = option.posts.map((p) => {
    const row = gradingRowOf(read, tenantId, scope.programmeId, p.designPostId);
    const final = !!row?.status.canBeCostedAsFinal && row.evaluation !== null;
    let band: { grade: string; minScp: number; maxScp: number };
    try {
      band = final ? row!.evaluation! : gradeOn(structures, `Grade ${p.grade}`, payDate);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { costing: 'indicative', designPostId: p.designPostId, title: p.title, fte: p.fte, indicativeCostPence: p.indicativeCostPence };
    }
    let scp: number | null = null;
    if (policy === 'actual') {
      const holder = Object.values(reassignments?.state.posts ?? {}).find((r) => r.designPostId === p.designPostId);
      scp = holder ? (read.readModels.get(postModel, tenantId, holder.postId)?.scp ?? null) : null;
    }
    details.push({ designPostId: p.designPostId, title: p.title, grade: band.grade, minScp: band.minScp, maxScp: band.maxScp, final, fte: p.fte });
    const grade = { minScp: band.minScp, maxScp: band.maxScp };
    // typed allowances and the holder's facts (apprenticeship, age band) carry the NI reliefs and LGPS
    const holder = { apprenticeship: p.apprenticeship, ageBand: p.holderAgeBand };
    return {
      costing: 'full',
      designPostId: p.designPostId,
      title: p.title,
      grade,
      scp,
      policy,
      fte: p.fte,
      allowancesPence: 0,
      allowances: p.allowances,
      holder,
    };
  });
  return { option, posts, details, goLiveDate: design.goLiveDate ?? null };
};

// One-off transition costs from the exit costs read: statutory redundancy pay where due, the
// council's discretionary compensation on top of it (its policy pack on the dismissal date), and
// the fund's LGPS strain estimate where the strain applies.
const oneOffCostsOf = async (read: ReadSide, tenantId: string, scope: Scope): Promise<OneOffCost[]> =>
  (await exitCostsOf(read, tenantId, scope)).flatMap((row) => {
    const date = row.inputs?.dismissalDate ?? null;
    const lines: OneOffCost[] = [];
    if (row.redundancy?.eligible && row.redundancy.pence > 0) {
      lines.push({ kind: 'statutory_redundancy', refId: row.postId, label: `Statutory redundancy pay: ${row.reference}`, pence: row.redundancy.pence, date });
    }
    if (row.discretionaryCompensation && row.discretionaryCompensation.discretionaryPence > 0) {
      const label = `Discretionary compensation (${row.discretionaryCompensation.policyLabel}): ${row.reference}`;
      lines.push({ kind: 'discretionary_compensation', refId: row.postId, label, pence: row.discretionaryCompensation.discretionaryPence, date });
    }
    if (row.lgpsStrain?.applies && row.lgpsStrain.estimatePence) {
      lines.push({ kind: 'lgps_strain', refId: row.postId, label: `LGPS strain (fund estimate): ${row.reference}`, pence: row.lgpsStrain.estimatePence, date });
    }
    return lines;
  });

export type ProgrammeCostsView = {
  costs: ProgrammeCosts;
  details: PostCostingBasis[];
  optionId: string;
  optionName: string;
  lgpsRateBp: number;
  tableIds: string[];
};

// The one costing every page reads (Funding, Costs, the Finance budget, the option comparison and
// the Design Authority snapshot): an option (the chosen one by default) for one financial year.
export const programmeCostsOf = async (
  read: ReadSide,
  tenantId: string,
  scope: Scope,
  // progressYears: the same costing at the SCP each post reaches after that many yearly increments
  // (the business case's later years), up to the top of its grade
  input: { optionId?: string | null; financialYear: string; policy?: ScpPolicy; progressYears?: number },
): Promise<ProgrammeCostsView> => {
  const { financialYear, payDate } = costingDatesOf(input.financialYear);
  const policy = input.policy ?? 'mid';
  const { option, posts: base, details, goLiveDate } = await postsOf(read, tenantId, scope, input.optionId ?? null, payDate, policy);
  const { tables, lgps } = await costingTablesOf(read, tenantId, scope.authorityId);
  const years = input.progressYears ?? 0;
  const posts: ProgrammePost[] =
    years > 0
      ? base.map((p) => (p.costing === 'full' && p.grade ? { ...p, policy: 'actual', scp: progressedScp(chooseScp(p, tables, payDate), p.grade, years) } : p))
      : base;
  const decided = await loadState(read.store, functionBudgetStream(tenantId, scope.programmeId), functionBudgetDecider);
  const costs = programmeCosts({
    financialYear,
    goLiveDate,
    posts,
    nonPayLines: decided.nonPay[financialYear] ?? [],
    deals: read.readModels.list(fteDealModel, tenantId, scope.programmeId),
    oneOffCosts: await oneOffCostsOf(read, tenantId, scope),
    authorityLgps: lgps,
    tables,
  });
  const payLines = costs.annual.payLines;
  const tableIds = [...new Set(payLines.flatMap((l) => [l.basis.payTableId, l.basis.niTableId, l.basis.levyTableId]))];
  return { costs, details, optionId: option.optionId, optionName: option.name, lgpsRateBp: payLines[0]?.basis.lgpsRate.rateBp ?? 0, tableIds };
};
