// Shared builders for the costing specs (plain data; no jest). Not exported from the index.
import { STANDARD_REFERENCE_DATA, type PaySpineTable } from '@orgledger/reference-data';
import type { CommandMetadata, Role } from '../shared/decider';
import { meta } from '../shared/testing/decider-spec';
import type { FullCostInput } from './full-cost';
import type { LgpsEmployerRate } from './lgps-rate';
import { divideHalfUp } from './rounding';

export const council = '0190a000-0000-7000-8000-00000000a001';
export const otherCouncil = '0190a000-0000-7000-8000-00000000a002';

export const as = (role: Role): CommandMetadata => meta({ actor: { role, displayName: `A ${role}` } });
export const admin = as('tenant_admin');
export const consultant = as('consultant');

// 21.1%: the 2022 valuation's average total employer rate, as in the reference's worked example.
export const lgps211: LgpsEmployerRate = { rateBp: 2110, effectiveFrom: '2023-04-01', source: 'Fund R&A certificate 2022 valuation' };

export const post = (overrides: Partial<FullCostInput> = {}): FullCostInput => ({
  grade: { minScp: 30, maxScp: 33 },
  scp: null,
  policy: 'top',
  fte: 1000,
  allowancesPence: 0,
  financialYear: '2025/26',
  authorityLgps: [lgps211],
  tables: STANDARD_REFERENCE_DATA,
  ...overrides,
});

// What a tenant admin loads once the LGA circular for 2026/27 is out (invented figures: +4%).
export const spine2026: PaySpineTable = {
  id: 'acme-njc-spine-2026-27',
  kind: 'njc_pay_spine',
  effectiveFrom: '2026-04-01',
  source: 'LGA pay circular 2026/27 (test figures)',
  status: 'confirmed',
  values: {
    points: Object.fromEntries(
      Object.entries(STANDARD_REFERENCE_DATA.paySpine[2].values.points).map(([scp, pence]) => [Number(scp), divideHalfUp(pence * 104, 100)]),
    ),
    deletedPoints: [{ scp: 2, from: '2026-04-01' }],
  },
};
