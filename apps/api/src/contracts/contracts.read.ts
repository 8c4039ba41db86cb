import { civilDateOf, DEFAULT_TIER_RULES, procurementActDuties, tierOf, type TierRules } from '@orgledger/domain';
import type { ProcurementActDuties as ProcurementActDutiesView, TargetContract } from './contracts.graphql';
import type { ContractReadRow } from './contracts.projector';
import { contractModel, contractRegisterModel } from './contracts.projector';
import { postModel } from '../establishment';
import type { ReadSide } from '../platform/read-side';

export const registerRow = (read: ReadSide, tenantId: string, programmeId: string) => read.readModels.get(contractRegisterModel, tenantId, programmeId);

// The programme's tier rules, or the defaults while none have been set.
export const tierRulesOf = (read: ReadSide, tenantId: string, programmeId: string): { rules: TierRules; isDefault: boolean; fromTemplateId: string | null } => {
  const set = registerRow(read, tenantId, programmeId)?.tierRules;
  return set
    ? { rules: set.rules, isDefault: false, fromTemplateId: set.fromTemplateId }
    : { rules: DEFAULT_TIER_RULES, isDefault: true, fromTemplateId: null };
};

export const contractRows = (read: ReadSide, tenantId: string, programmeId: string) => read.readModels.list(contractModel, tenantId, programmeId);

// A register row as the screen shows it: names for ids, its tier, and its Procurement Act duties
// as of today's UTC date (the duties depend on the day asked; the facts do not).
export const toTargetContracts = (
  read: ReadSide,
  tenantId: string,
  scope: { programmeId: string; services: { id: string; name: string }[] },
  rows: ContractReadRow[],
  today: string = civilDateOf(new Date().toISOString()),
): TargetContract[] => {
  const services = new Map(scope.services.map((s) => [s.id, s.name]));
  const { rules } = tierRulesOf(read, tenantId, scope.programmeId);
  const revision = registerRow(read, tenantId, scope.programmeId)?.revision ?? 0;
  const postReference = (postId: string | null) => (postId ? (read.readModels.get(postModel, tenantId, postId)?.reference ?? null) : null);
  return rows
    .map((c) => ({
      ...c,
      id: c.contractId,
      serviceName: services.get(c.serviceId) ?? '',
      risk: c.risk,
      exempt: c.exempt,
      contractManagerPostReference: postReference(c.contractManagerPostId),
      tier: tierOf(c, rules),
      procurementActDuties: procurementActDuties(c, today) as ProcurementActDutiesView,
      revision,
    }))
    .sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));
};
