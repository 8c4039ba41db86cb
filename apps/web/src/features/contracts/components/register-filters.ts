import type { TargetContract } from '../api/contracts.queries';
import { dutiesAtRisk, overdueNotices } from './contract-labels';

export type RegisterFilters = { tier?: string; dutiesAtRisk: boolean };

export function filtersOf(params: URLSearchParams): RegisterFilters {
  return { tier: params.get('tier') || undefined, dutiesAtRisk: params.get('duties') === 'at-risk' };
}

// Only the filters that are on, so the plain register has a plain address.
export function paramsOf(filters: RegisterFilters): Record<string, string> {
  return { ...(filters.tier ? { tier: filters.tier } : {}), ...(filters.dutiesAtRisk ? { duties: 'at-risk' } : {}) };
}

export function applyFilters(contracts: readonly TargetContract[], filters: RegisterFilters): TargetContract[] {
  return contracts.filter((c) => (!filters.tier || c.tier === filters.tier) && (!filters.dutiesAtRisk || dutiesAtRisk(c)));
}

// "Gold contracts with Procurement Act duties at risk"
export function registerCaption(filters: RegisterFilters): string {
  const what = filters.tier ? `${filters.tier} contracts` : 'Target contracts';
  return filters.dutiesAtRisk ? `${what} with Procurement Act duties at risk` : what;
}

export type RegisterCounts = { total: number; byTier: { tier: string; contracts: number }[]; dutiesApply: number; kpisShort: number; noticesOverdue: number };

export function registerCounts(contracts: readonly TargetContract[], tierOrder: readonly string[]): RegisterCounts {
  const tiers = [...tierOrder, ...new Set(contracts.map((c) => c.tier).filter((t) => !tierOrder.includes(t)))];
  return {
    total: contracts.length,
    byTier: tiers.map((tier) => ({ tier, contracts: contracts.filter((c) => c.tier === tier).length })),
    dutiesApply: contracts.filter((c) => c.procurementActDuties.applies).length,
    kpisShort: contracts.filter((c) => c.procurementActDuties.applies && !c.procurementActDuties.kpis.met).length,
    noticesOverdue: contracts.filter((c) => overdueNotices(c.procurementActDuties).length > 0).length,
  };
}
