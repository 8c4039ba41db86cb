import { discretionaryCompensation, exitCostsDecider, functionBudgetDecider, lgpsStrainFlag, policyInForce, statutoryRedundancyPay } from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import { loadState } from '../platform/load-state';
import { costingTablesOf } from '../reference-data';
import { loadPolicy } from '../policy';
import { reassignmentsModel } from '../reassignments';
import { postModel } from '../establishment';
import type { ReadSide } from '../platform/read-side';

// The read side names the streams; the commands import them from here (one direction only).
export const functionBudgetStream = (tenantId: string, programmeId: string) => streamName('functionBudget', tenantId, programmeId);
export const exitCostsStream = (tenantId: string, programmeId: string) => streamName('exitCosts', tenantId, programmeId);

export type Scope = { programmeId: string; authorityId: string };

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
