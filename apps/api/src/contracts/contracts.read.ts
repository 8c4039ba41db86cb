import {
  addDays,
  civilDateOf,
  contractNoticesDue,
  DEFAULT_TIER_RULES,
  emptyNoticeRecord,
  procurementActDuties,
  tierOf,
  type TierRules,
} from '@orgledger/domain';
import type { ProcurementActDuties as ProcurementActDutiesView, TargetContract } from './contracts.graphql';
import type { ContractReadRow } from './contracts.projector';
import { contractModel, contractNoticesModel, contractRegisterModel } from './contracts.projector';
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

export const noticesOf = (read: ReadSide, tenantId: string, contractId: string) =>
  read.readModels.get(contractNoticesModel, tenantId, contractId) ?? emptyNoticeRecord;

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
      notices: contractNoticesDue(c, noticesOf(read, tenantId, c.contractId), today),
      noticeTriggers: noticesOf(read, tenantId, c.contractId).triggers,
      revision,
    }))
    .sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));
};

// The Act's notices of a programme's contracts that are overdue or due within `withinDays`, soonest first.
export const noticesAwaiting = (read: ReadSide, tenantId: string, programmeId: string, today: string, withinDays = 30) => {
  const horizon = addDays(today, withinDays);
  return contractRows(read, tenantId, programmeId)
    .flatMap((c) => contractNoticesDue(c, noticesOf(read, tenantId, c.contractId), today).map((notice) => ({ contract: c, notice })))
    .filter(({ notice }) => notice.state !== 'published' && notice.dueDate <= horizon)
    .sort((a, b) => a.notice.dueDate.localeCompare(b.notice.dueDate));
};
