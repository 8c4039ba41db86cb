import { isCivilDate } from './civil-date';
import { allTablesOf, payPointsOf } from './lookup';
import { rateTableKinds, referenceTablesKey } from './rate-table';
import { STANDARD_REFERENCE_DATA } from './standard';

const all = allTablesOf(STANDARD_REFERENCE_DATA);

describe('the standard reference data', () => {
  it('gives every table a unique id, a real start date, a source and a status', () => {
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    for (const table of all) {
      expect(isCivilDate(table.effectiveFrom)).toBe(true);
      expect(table.source.length).toBeGreaterThan(10);
      expect(['confirmed', 'to_be_confirmed']).toContain(table.status);
      expect(STANDARD_REFERENCE_DATA[referenceTablesKey[table.kind]]).toContain(table);
    }
    expect(rateTableKinds).toHaveLength(5);
  });

  it('flags every spine as derived and to be confirmed, and invents no 2026/27 award', () => {
    for (const table of STANDARD_REFERENCE_DATA.paySpine) {
      expect(table.status).toBe('to_be_confirmed');
      expect(table.note).toContain('derived values; load the LGA pay circular before use');
    }
    const [, y2025, y2026] = STANDARD_REFERENCE_DATA.paySpine;
    expect(y2026.note).toContain('2026/27 pay award is not yet known');
    const { 2: scp2, ...rest2025 } = y2025.values.points;
    expect(scp2).toBe(2_441_300);
    expect(y2026.values.points).toEqual(rest2025);
    expect(y2026.values.deletedPoints).toEqual([{ scp: 2, from: '2026-04-01' }]);
  });

  it('holds whole pence that rise with every point', () => {
    for (const table of STANDARD_REFERENCE_DATA.paySpine) {
      const points = payPointsOf(table);
      const pay = points.map((scp) => table.values.points[scp]);
      for (const pence of pay) expect(Number.isSafeInteger(pence) && pence > 0 && pence % 100 === 0).toBe(true);
      for (let i = 1; i < pay.length; i += 1) expect(pay[i]).toBeGreaterThan(pay[i - 1]);
      expect(points[points.length - 1]).toBe(43);
    }
  });

  it('matches the 2025/26 = 2024/25 × 1.032 derivation rounded to the nearest £1 at every point', () => {
    const [y2024, y2025] = STANDARD_REFERENCE_DATA.paySpine;
    for (const scp of payPointsOf(y2024)) {
      // integer check: |p25 × 1000 − p24 × 1032| ≤ 50p × 1000 (half a pound either way)
      expect(Math.abs(y2025.values.points[scp] * 1000 - y2024.values.points[scp] * 1032)).toBeLessThanOrEqual(50_000);
    }
  });

  it('states the statutory redundancy rules as integers', () => {
    for (const table of STANDARD_REFERENCE_DATA.statutoryRedundancy) {
      expect(table.values).toMatchObject({ maxYears: 20, minimumServiceYears: 2 });
      expect(table.values.bands.map((b) => [b.fromAge, b.toAge, b.halfWeeksPerYear])).toEqual([
        [0, 21, 1],
        [22, 40, 2],
        [41, null, 3],
      ]);
    }
  });

  it('is frozen, so no caller can change it for everyone', () => {
    expect(Object.isFrozen(STANDARD_REFERENCE_DATA.paySpine[1].values.points)).toBe(true);
    expect(() => {
      (STANDARD_REFERENCE_DATA.paySpine as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
