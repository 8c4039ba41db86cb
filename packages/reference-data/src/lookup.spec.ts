import { ReferenceDataError } from './errors';
import { mergeReferenceData, mergeTables, payPointsOf, scpDeletionOn, scpPayOn, tableInForce } from './lookup';
import type { EmployerNiTable, LocalPayPointsTable, PaySpineTable } from './rate-table';
import { STANDARD_REFERENCE_DATA } from './standard';

const { paySpine, employerNi, statutoryRedundancy, apprenticeshipLevy } = STANDARD_REFERENCE_DATA;

const errorOf = (fn: () => unknown): ReferenceDataError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReferenceDataError) return error;
    throw error;
  }
  throw new Error('expected a ReferenceDataError');
};

describe('tableInForce', () => {
  it('picks the table with the latest effectiveFrom on or before the date', () => {
    expect(tableInForce(paySpine, '2024-04-01').id).toBe('njc-spine-2024-25');
    expect(tableInForce(paySpine, '2025-03-31').id).toBe('njc-spine-2024-25');
    expect(tableInForce(paySpine, '2025-04-01').id).toBe('njc-spine-2025-26');
    expect(tableInForce(paySpine, '2026-03-31').id).toBe('njc-spine-2025-26');
    expect(tableInForce(paySpine, '2026-04-01').id).toBe('njc-spine-2025-26-without-scp-2');
    expect(tableInForce(apprenticeshipLevy, '2030-01-01').values).toEqual({ rateBp: 50, allowancePenceYear: 1_500_000 });
  });

  it('switches employer NI on 6 April 2025, not 1 April', () => {
    expect(tableInForce(employerNi, '2025-04-01').values).toMatchObject({ rateBp: 1380, secondaryThresholdPenceYear: 910_000 });
    expect(tableInForce(employerNi, '2025-04-05').id).toBe('employer-ni-2024-25');
    expect(tableInForce(employerNi, '2025-04-06').values).toMatchObject({ rateBp: 1500, secondaryThresholdPenceYear: 500_000 });
    expect(tableInForce(employerNi, '2025-04-06').id).toBe('employer-ni-2025-26');
  });

  it('switches the redundancy cap from £700 to £719 on 6 April 2025', () => {
    expect(tableInForce(statutoryRedundancy, '2025-04-05').values.weeklyCapPence).toBe(70_000);
    expect(tableInForce(statutoryRedundancy, '2025-04-06').values.weeklyCapPence).toBe(71_900);
  });

  it('switches the redundancy cap from £719 to £751 for dismissals on or after 6 April 2026', () => {
    expect(tableInForce(statutoryRedundancy, '2026-04-05')).toMatchObject({ id: 'statutory-redundancy-2025-26', values: { weeklyCapPence: 71_900 } });
    expect(tableInForce(statutoryRedundancy, '2026-04-06')).toMatchObject({ id: 'statutory-redundancy-2026-27', values: { weeklyCapPence: 75_100 } });
  });

  it('refuses a date before any table, naming the earliest', () => {
    const error = errorOf(() => tableInForce(paySpine, '2024-03-31'));
    expect(error.code).toBe('NO_TABLE_IN_FORCE');
    expect(error.message).toBe('No NJC pay spine table is in force on 31 March 2024: the earliest starts on 1 April 2024.');
    expect(errorOf(() => tableInForce(employerNi, '2024-04-05')).code).toBe('NO_TABLE_IN_FORCE');
    expect(errorOf(() => tableInForce([], '2025-04-01')).message).toBe('No reference table has been loaded, so none is in force on 1 April 2025.');
  });

  it('refuses a date that is not a real calendar date', () => {
    expect(errorOf(() => tableInForce(paySpine, '2025-02-29')).code).toBe('INVALID_DATE');
    expect(errorOf(() => tableInForce(paySpine, '1 April 2025')).code).toBe('INVALID_DATE');
  });

  it('honours effectiveTo as the last day in force', () => {
    const ending: EmployerNiTable = { ...employerNi[1], id: 'ni-ending', effectiveTo: '2028-04-05' };
    expect(tableInForce([ending], '2028-04-05').id).toBe('ni-ending');
    expect(errorOf(() => tableInForce([ending], '2028-04-06')).code).toBe('TABLE_EXPIRED');
  });
});

describe('scpPayOn', () => {
  it('reads the 2025/26 spine: SCP 2 is £24,413 and SCP 33 £44,075', () => {
    expect(scpPayOn(paySpine, 2, '2025-04-01')).toEqual({ pence: 2_441_300, tableId: 'njc-spine-2025-26' });
    expect(scpPayOn(paySpine, 33, '2025-04-01')).toEqual({ pence: 4_407_500, tableId: 'njc-spine-2025-26' });
    expect(scpPayOn(paySpine, 43, '2026-03-31')).toEqual({ pence: 5_449_500, tableId: 'njc-spine-2025-26' });
  });

  it('reads the 2024/25 spine before 1 April 2025', () => {
    expect(scpPayOn(paySpine, 2, '2025-03-31')).toEqual({ pence: 2_365_600, tableId: 'njc-spine-2024-25' });
    expect(scpPayOn(paySpine, 33, '2024-04-01')).toEqual({ pence: 4_270_800, tableId: 'njc-spine-2024-25' });
  });

  it('refuses SCP 2 from 1 April 2026, naming the date and the next point', () => {
    const error = errorOf(() => scpPayOn(paySpine, 2, '2026-04-01'));
    expect(error.code).toBe('SCP_DELETED');
    expect(error.message).toBe('SCP 2 was deleted from 1 April 2026; its holders move to SCP 3 at least.');
    expect(error.details).toMatchObject({ scp: 2, deletedFrom: '2026-04-01', nextScp: 3 });
    expect(scpPayOn(paySpine, 3, '2026-04-01')).toEqual({ pence: 2_479_600, tableId: 'njc-spine-2025-26-without-scp-2' });
  });

  it('refuses a point the table does not have', () => {
    const error = errorOf(() => scpPayOn(paySpine, 50, '2025-04-01'));
    expect(error.code).toBe('SCP_NOT_IN_TABLE');
    expect(error.message).toBe('SCP 50 is not on pay table njc-spine-2025-26 (points 2 to 43).');
    expect(errorOf(() => scpPayOn(paySpine, 1, '2025-04-01')).code).toBe('SCP_NOT_IN_TABLE');
  });

  it('finds a deletion recorded in an earlier table once a later table omits the point', () => {
    const later: PaySpineTable = { ...paySpine[2], id: 'tenant-2027', effectiveFrom: '2027-04-01', values: { points: paySpine[2].values.points } };
    const tables = [...paySpine, later];
    expect(scpDeletionOn(tables, 2, '2027-05-01')).toEqual({ from: '2026-04-01', nextScp: 3, tableId: 'tenant-2027' });
    expect(scpDeletionOn(tables, 3, '2027-05-01')).toBeNull();
    expect(scpDeletionOn(paySpine, 2, '2026-03-31')).toBeNull();
  });
});

describe('mergeTables', () => {
  const added: PaySpineTable = { ...paySpine[2], id: 'acme-njc-2026-27', effectiveFrom: '2026-04-01', status: 'confirmed', note: 'LGA circular' };

  it('lets a tenant table with the same effectiveFrom supersede the standard one', () => {
    const merged = mergeTables(paySpine, [added]);
    expect(merged.map((t) => t.id)).toEqual(['njc-spine-2024-25', 'njc-spine-2025-26', 'acme-njc-2026-27']);
    expect(tableInForce(merged, '2026-04-01').id).toBe('acme-njc-2026-27');
    expect(paySpine).toHaveLength(3); // the standard list is untouched
  });

  it('adds a table with a new effectiveFrom in date order, and lets a later added table supersede an earlier one', () => {
    const next: PaySpineTable = { ...added, id: 'acme-njc-2027-28', effectiveFrom: '2027-04-01' };
    const corrected: PaySpineTable = { ...added, id: 'acme-njc-2026-27-v2' };
    expect(mergeTables(paySpine, [next, added, corrected]).map((t) => t.id)).toEqual([
      'njc-spine-2024-25',
      'njc-spine-2025-26',
      'acme-njc-2026-27-v2',
      'acme-njc-2027-28',
    ]);
  });

  it('refuses to merge tables of different kinds', () => {
    const local: LocalPayPointsTable = { ...added, kind: 'local_pay_points' };
    expect(errorOf(() => mergeTables<PaySpineTable | LocalPayPointsTable>(paySpine, [local])).code).toBe('TABLE_KINDS_DIFFER');
  });

  it('merges a whole registry with a tenant’s mixed tables', () => {
    const ni: EmployerNiTable = { ...employerNi[1], id: 'acme-ni-2028', effectiveFrom: '2028-04-06' };
    const merged = mergeReferenceData(STANDARD_REFERENCE_DATA, [added, ni]);
    expect(merged.paySpine.map((t) => t.id)).toContain('acme-njc-2026-27');
    expect(merged.employerNi.map((t) => t.id)).toEqual(['employer-ni-2024-25', 'employer-ni-2025-26', 'acme-ni-2028']);
    expect(merged.statutoryRedundancy).toEqual(STANDARD_REFERENCE_DATA.statutoryRedundancy);
  });
});

describe('payPointsOf', () => {
  it('lists the points in order', () => {
    expect(payPointsOf(paySpine[2]).slice(0, 3)).toEqual([3, 4, 5]);
    expect(payPointsOf(paySpine[1])).toHaveLength(42);
  });
});
