import { STANDARD_REFERENCE_DATA, mergeReferenceData, type LocalPayPointsTable } from '@orgledger/reference-data';
import { DomainError } from '../shared/errors';
import { fullCost } from './full-cost';
import { lgps211, post, spine2026 } from './spec-fixtures';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
};

const figures = (input: Parameters<typeof fullCost>[0]) => {
  const { salaryPence, niPence, lgpsPence, levyPence, allowancesPence, totalPence } = fullCost(input);
  return { salaryPence, niPence, lgpsPence, levyPence, allowancesPence, totalPence };
};

describe("the council's LGPS rate", () => {
  const lower = { rateBp: 1750, effectiveFrom: '2026-04-01', source: 'Fund R&A certificate 2025 valuation' };

  it('uses the rate in force on 1 April of the year', () => {
    expect(fullCost(post({ authorityLgps: [lgps211, lower] })).basis.lgpsRate).toEqual(lgps211);
    // 2026/27 at SCP 3 and 17.5%: NI 15% × 19,796.00 = 2,969.40; LGPS 4,339.30; levy 123.98; total 32,228.68
    expect(figures(post({ grade: null, policy: 'actual', scp: 3, financialYear: '2026/27', authorityLgps: [lower, lgps211] }))).toEqual({
      salaryPence: 2_479_600,
      niPence: 296_940,
      lgpsPence: 433_930,
      levyPence: 12_398,
      allowancesPence: 0,
      totalPence: 3_222_868,
    });
  });

  it('refuses to cost a year before the council’s first recorded rate', () => {
    expect(codeOf(() => fullCost(post({ authorityLgps: [lower] })))).toBe('LGPS_RATE_MISSING');
    expect(codeOf(() => fullCost(post({ authorityLgps: [] })))).toBe('LGPS_RATE_MISSING');
    expect(codeOf(() => fullCost(post({ authorityLgps: [{ ...lgps211, rateBp: 21.1 }] })))).toBe('INVALID_LGPS_RATE');
  });
});

describe("a tenant's own tables", () => {
  it('costs 2026/27 on the spine the tenant loaded, and says which', () => {
    const tables = mergeReferenceData(STANDARD_REFERENCE_DATA, [spine2026]);
    const cost = fullCost(post({ financialYear: '2026/27', tables }));
    expect(cost.basis).toMatchObject({ payTableId: 'acme-njc-spine-2026-27', unconfirmedTableIds: [] });
    expect(cost.salaryPence).toBe(4_583_800); // 44,075.00 × 1.04
  });

  it("costs a council's local point above the spine", () => {
    const local: LocalPayPointsTable = {
      id: 'council-local-2025-26',
      kind: 'local_pay_points',
      effectiveFrom: '2025-04-01',
      source: 'Pay policy statement 2025/26',
      status: 'confirmed',
      values: { points: { 44: 5_600_000, 45: 5_800_000 } },
    };
    const tables = { ...STANDARD_REFERENCE_DATA, localPayPoints: [local] };
    const cost = fullCost(post({ grade: { minScp: 42, maxScp: 45 }, policy: 'top', tables }));
    expect(cost.basis).toMatchObject({ scpUsed: 45, payTableId: 'council-local-2025-26', annualPayPence: 5_800_000 });
    expect(fullCost(post({ grade: { minScp: 42, maxScp: 45 }, policy: 'bottom', tables })).basis.payTableId).toBe('njc-spine-2025-26');
    expect(codeOf(() => fullCost(post({ grade: null, policy: 'actual', scp: 46, tables })))).toBe('SCP_NOT_IN_TABLE');
  });
});
