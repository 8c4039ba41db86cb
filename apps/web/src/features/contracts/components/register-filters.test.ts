import { describe, expect, it } from 'vitest';
import type { TargetContract } from '../api/contracts.queries';
import { applyFilters, filtersOf, paramsOf, registerCaption, registerCounts } from './register-filters';

const contract = (reference: string, tier: string, duties: Partial<TargetContract['procurementActDuties']> = {}) =>
  ({
    id: reference,
    reference,
    tier,
    procurementActDuties: {
      applies: false,
      regime: 'NOT_RECORDED',
      reason: '',
      ruleVersion: '2025-02-24',
      kpis: { required: false, minimum: 0, set: 0, met: true },
      performanceNotices: [],
      ...duties,
    },
  }) as unknown as TargetContract;

const atRisk = { applies: true, kpis: { required: true, minimum: 3, set: 1, met: false } };
const overdue = {
  applies: true,
  kpis: { required: true, minimum: 3, set: 3, met: true },
  performanceNotices: [{ dueDate: '2026-04-01', kind: 'ANNUAL' as const, overdue: true }],
};
const contracts = [contract('A', 'Gold', atRisk), contract('B', 'Gold'), contract('C', 'Silver', overdue), contract('D', 'Bronze')];

describe('register filters', () => {
  it('reads and writes the address', () => {
    expect(filtersOf(new URLSearchParams('tier=Gold&duties=at-risk'))).toEqual({ tier: 'Gold', dutiesAtRisk: true });
    expect(filtersOf(new URLSearchParams(''))).toEqual({ tier: undefined, dutiesAtRisk: false });
    expect(paramsOf({ tier: undefined, dutiesAtRisk: true })).toEqual({ duties: 'at-risk' });
  });

  it('narrows by tier and by duties at risk, together', () => {
    expect(applyFilters(contracts, { tier: 'Gold', dutiesAtRisk: false }).map((c) => c.reference)).toEqual(['A', 'B']);
    expect(applyFilters(contracts, { dutiesAtRisk: true }).map((c) => c.reference)).toEqual(['A', 'C']);
    expect(applyFilters(contracts, { tier: 'Gold', dutiesAtRisk: true }).map((c) => c.reference)).toEqual(['A']);
    expect(registerCaption({ tier: 'Gold', dutiesAtRisk: true })).toBe('Gold contracts with Procurement Act duties at risk');
    expect(registerCaption({ dutiesAtRisk: false })).toBe('Target contracts');
  });

  it('counts by tier in the rules’ order', () => {
    expect(registerCounts(contracts, ['Gold', 'Silver', 'Bronze'])).toEqual({
      total: 4,
      byTier: [
        { tier: 'Gold', contracts: 2 },
        { tier: 'Silver', contracts: 1 },
        { tier: 'Bronze', contracts: 1 },
      ],
      dutiesApply: 2,
      kpisShort: 1,
      noticesOverdue: 1,
    });
  });
});
