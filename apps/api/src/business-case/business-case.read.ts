import {
  businessCase,
  businessCaseDecider,
  defaultAssumptions,
  financialYearOf,
  horizonOf,
  type BusinessCase,
  type BusinessCaseAssumptions,
  type BusinessCaseYearInput,
} from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import { programmeCostsOf } from '../costing';
import { designRow } from '../design';
import { loadState } from '../platform/load-state';
import { programmeModel } from '../platform/access-models';
import type { ReadSide } from '../platform/read-side';

export type Scope = { programmeId: string; authorityId: string };
export const businessCaseStream = (tenantId: string, programmeId: string) => streamName('businessCase', tenantId, programmeId);

export type Decided = { assumptions: BusinessCaseAssumptions; reason: string | null };

// The assumptions in force; before anyone decides, the defaults, with no reason (the screen says they are not yet decided).
export const assumptionsOf = async (read: ReadSide, tenantId: string, scope: Scope): Promise<Decided> => {
  const state = await loadState(read.store, businessCaseStream(tenantId, scope.programmeId), businessCaseDecider);
  if (state.assumptions) {
    const { reason, ...assumptions } = state.assumptions;
    return { assumptions, reason };
  }
  // the year the function goes live, else the year the programme started
  const from = designRow(read, tenantId, scope.programmeId).goLiveDate ?? read.readModels.get(programmeModel, tenantId, scope.programmeId)?.startedOn;
  return { assumptions: defaultAssumptions(financialYearOf(from ?? '2026-04-01')), reason: null };
};

// One year of one option from the one costing every page reads (the Finance budget's figures for
// that year, part-year from the go-live date), and the increments as the same costing at the SCP
// reached since the plan's first year.
const yearOf = async (
  read: ReadSide,
  tenantId: string,
  scope: Scope,
  optionId: string,
  financialYear: string,
  yearsIn: number,
): Promise<BusinessCaseYearInput> => {
  const { costs } = await programmeCostsOf(read, tenantId, scope, { optionId, financialYear });
  const progressed = yearsIn > 0 ? (await programmeCostsOf(read, tenantId, scope, { optionId, financialYear, progressYears: yearsIn })).costs : costs;
  return {
    financialYear,
    payPence: costs.recurring.payPence,
    nonPayPence: costs.recurring.nonPayPence,
    incrementsPence: progressed.recurring.payPence - costs.recurring.payPence,
    oneOffPence: costs.oneOff.totalPence,
    fundingPence: costs.funding.agreedPence,
  };
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
