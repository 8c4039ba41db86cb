import {
  businessCase,
  businessCaseDecider,
  defaultAssumptions,
  financialYearOf,
  functionBudget,
  horizonOf,
  progressedScp,
  type BusinessCase,
  type BusinessCaseAssumptions,
  type BusinessCaseYearInput,
} from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import { budgetOf } from '../costing';
import { designRow } from '../design';
import { costingTablesOf } from '../reference-data';
import { loadState } from '../platform/load-state';
import { programmeModel } from '../platform/access-models';
import type { ReadSide } from '../platform/read-side';

export type Scope = { programmeId: string; authorityId: string };
export const businessCaseStream = (tenantId: string, programmeId: string) => streamName('businessCase', tenantId, programmeId);

export type Decided = { assumptions: BusinessCaseAssumptions; reason: string | null };

// The assumptions in force; before anyone decides, the defaults from the programme's first year,
// with no reason (the screen says they are not yet decided).
export const assumptionsOf = async (read: ReadSide, tenantId: string, scope: Scope): Promise<Decided> => {
  const state = await loadState(read.store, businessCaseStream(tenantId, scope.programmeId), businessCaseDecider);
  if (state.assumptions) {
    const { reason, ...assumptions } = state.assumptions;
    return { assumptions, reason };
  }
  const startedOn = read.readModels.get(programmeModel, tenantId, scope.programmeId)?.startedOn;
  return { assumptions: defaultAssumptions(financialYearOf(startedOn ?? '2026-04-01')), reason: null };
};

// One year of one option, read from the Finance budget of that year (the same figures the budget
// page shows), and the increments as the same full cost at the SCP reached by then.
const yearOf = async (
  read: ReadSide,
  tenantId: string,
  scope: Scope,
  optionId: string,
  financialYear: string,
  yearsIn: number,
): Promise<BusinessCaseYearInput> => {
  const r = await budgetOf(read, tenantId, scope, { optionId, financialYear, policy: 'mid', withNonPay: true });
  let incrementsPence = 0;
  if (yearsIn > 0) {
    const { tables, lgps } = await costingTablesOf(read, tenantId, scope.authorityId);
    const posts = r.posts.map((p, i) => ({ ...p, policy: 'actual' as const, scp: progressedScp(r.budget.payLines[i].basis.scpUsed, p.grade!, yearsIn) }));
    incrementsPence = functionBudget({ posts, nonPayLines: [], fundingFromDeals: 0, financialYear, authorityLgps: lgps, tables }).payTotal - r.budget.payTotal;
  }
  return { financialYear, payPence: r.budget.payTotal, nonPayPence: r.budget.nonPayTotal, incrementsPence, oneOffPence: 0, fundingPence: r.budget.funding };
};

export type OptionBusinessCase = BusinessCase & { optionId: string; optionName: string; chosen: boolean };

// Every option of the design, side by side, over the same years and assumptions.
export const businessCasesOf = async (read: ReadSide, tenantId: string, scope: Scope, decided: Decided): Promise<OptionBusinessCase[]> => {
  const design = designRow(read, tenantId, scope.programmeId);
  const years = horizonOf(decided.assumptions);
  const cases: OptionBusinessCase[] = [];
  for (const option of design.options) {
    const inputs: BusinessCaseYearInput[] = [];
    for (const [i, fy] of years.entries()) inputs.push(await yearOf(read, tenantId, scope, option.optionId, fy, i));
    cases.push({
      ...businessCase(decided.assumptions, inputs),
      optionId: option.optionId,
      optionName: option.name,
      chosen: option.optionId === design.chosenOptionId,
    });
  }
  return cases;
};
