import { capacityModel, DEFAULT_CAPACITY_ASSUMPTIONS, tierNamesOf, tierOf, type CapacityAssumptions } from '@orgledger/domain';
import { activityAnalysisOf } from '../analysis';
import { contractRows, tierRulesOf } from '../contracts';
import type { CapacityModel } from './capacity.graphql';
import { capacityAssumptionsModel } from './capacity.projector';
import { postModel } from '../establishment';
import type { ReadSide } from '../platform/read-side';

// Hours listed highest tier first, as in the tier rules, then any other tiers by name: the store
// keeps object keys in sorted order, so the record's own order says nothing.
export const hoursInTierOrder = (hoursPerContractByTier: Record<string, number>, tierOrder: string[]) =>
  Object.entries(hoursPerContractByTier)
    .map(([tier, hours]) => ({ tier, hours, at: tierOrder.includes(tier) ? tierOrder.indexOf(tier) : tierOrder.length }))
    .sort((a, b) => a.at - b.at || a.tier.localeCompare(b.tier, 'en-GB'))
    .map(({ tier, hours }) => ({ tier, hours }));

export const capacityAssumptionsOf = (read: ReadSide, tenantId: string, programmeId: string) => {
  const row = read.readModels.get(capacityAssumptionsModel, tenantId, programmeId);
  const assumptions: CapacityAssumptions = row
    ? { hoursPerContractByTier: row.hoursPerContractByTier, productiveHoursPerFte: row.productiveHoursPerFte }
    : DEFAULT_CAPACITY_ASSUMPTIONS;
  return { assumptions, isDefault: !row, fromTemplateId: row?.fromTemplateId ?? null };
};

// Demand from the target contracts by tier; supply is the contract-management FTE the activity
// analysis finds across the whole establishment (one total, the same for every reader).
export const capacityModelOf = (read: ReadSide, tenantId: string, scope: { programmeId: string; authorityId: string }): CapacityModel => {
  const { rules } = tierRulesOf(read, tenantId, scope.programmeId);
  const contractsByTier: Record<string, number> = {};
  for (const c of contractRows(read, tenantId, scope.programmeId)) {
    const tier = tierOf(c, rules);
    contractsByTier[tier] = (contractsByTier[tier] ?? 0) + 1;
  }
  const posts = read.readModels.list(postModel, tenantId, scope.authorityId);
  const supplyFte = activityAnalysisOf(read, tenantId, scope.programmeId, posts).result.totalFte;
  const { assumptions, isDefault, fromTemplateId } = capacityAssumptionsOf(read, tenantId, scope.programmeId);
  const tierOrder = tierNamesOf(rules);
  const model = capacityModel({ contractsByTier, assumptions, tierOrder, supplyFte });
  return {
    ...model,
    programmeId: scope.programmeId,
    assumptions: {
      hoursPerContract: hoursInTierOrder(assumptions.hoursPerContractByTier, tierOrder),
      productiveHoursPerFte: assumptions.productiveHoursPerFte,
      isDefault,
      fromTemplateId,
    },
  };
};
