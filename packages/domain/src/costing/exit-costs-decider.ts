import type { ReferenceTables } from '@orgledger/reference-data';
import type { Command, Decider, DomainEvent } from '../shared/decider';
import { forbidden, invalid } from './errors';
import { requireId } from '../shared/values/text';
import { lgpsStrainFlag, statutoryRedundancyPay } from './exit-costs';
import { isPartnerOf, type CostingScope } from './function-budget-decider';

// The personal facts about an at-risk postholder that the establishment does not hold.
export type ExitCostInputs = {
  postId: string;
  age: number;
  completeYearsService: number;
  weeklyPayPence: number;
  pensionMember: boolean;
  yearsMembership: number;
  lgpsStrainEstimatePence: number | null;
  dismissalDate: string;
};

// `atRiskPostIds`: the as-is posts the programme's transition put at risk, read by the edge.
export type RecordExitCostInputs = Command<'RecordExitCostInputs', CostingScope & ExitCostInputs & { tables: ReferenceTables; atRiskPostIds: string[] }>;
export type ExitCostInputsRecorded = DomainEvent<'ExitCostInputsRecorded', ExitCostInputs>;
export type ExitCostsState = { inputs: Record<string, ExitCostInputs> };

export const exitCostsDecider: Decider<RecordExitCostInputs, ExitCostInputsRecorded, ExitCostsState> = {
  initialState: { inputs: {} },
  evolve: (state, event) => (event.type === 'ExitCostInputsRecorded' ? { inputs: { ...state.inputs, [event.data.postId]: event.data } } : state),
  decide: ({ data, metadata }, state) => {
    const { role } = metadata.actor;
    if (role !== 'consultant' && role !== 'tenant_admin' && !isPartnerOf('hr_partner', role, data)) {
      throw forbidden('EXIT_COSTS_NOT_ALLOWED', "Only consultants, tenant admins and the council's HR partner can record exit-cost inputs.", { role });
    }
    const postId = requireId('postId', data.postId);
    // Exit costs are for people who may leave: a post the transition has not put at risk has none.
    // An unknown post, or another tenant's, gets the same answer.
    if (!data.atRiskPostIds.includes(postId)) {
      throw invalid('POST_NOT_AT_RISK', 'That post has not been put at risk in this programme’s transition, so it has no exit costs: mark it at risk first.', {
        postId,
      });
    }
    const inputs: ExitCostInputs = {
      postId,
      age: data.age,
      completeYearsService: data.completeYearsService,
      weeklyPayPence: data.weeklyPayPence,
      pensionMember: data.pensionMember,
      yearsMembership: data.yearsMembership,
      lgpsStrainEstimatePence: data.lgpsStrainEstimatePence ?? null,
      dismissalDate: data.dismissalDate,
    };
    // The domain's own rules validate every figure: what cannot be computed is not recorded.
    statutoryRedundancyPay({ ...inputs, tables: data.tables });
    lgpsStrainFlag({
      age: inputs.age,
      pensionMember: inputs.pensionMember,
      yearsMembership: inputs.yearsMembership,
      strainEstimatePence: inputs.lgpsStrainEstimatePence,
    });
    const before = state.inputs[postId];
    if (before && JSON.stringify(before) === JSON.stringify(inputs)) return [];
    return [{ type: 'ExitCostInputsRecorded', data: inputs }];
  },
};
