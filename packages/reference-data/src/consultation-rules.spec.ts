import { bandFor, ruleInForce, STANDARD_CONSULTATION_RULES, type CollectiveConsultationRule } from './consultation-rules';
import { ReferenceDataError } from './errors';

const { collectiveConsultation, hr1Notification, protectiveAward } = STANDARD_CONSULTATION_RULES;
const daysFor = (employees: number, rules: { values: { bands: { minEmployees: number; maxEmployees: number | null; days: number }[] } }) =>
  bandFor(rules.values.bands, employees)?.days ?? null;

describe('collective consultation thresholds (TULRCA s.188)', () => {
  const rule = ruleInForce(collectiveConsultation, '2026-01-15');

  it('needs none below 20, 30 days for 20 to 99, 45 days from 100', () => {
    expect([0, 1, 19, 20, 99, 100, 1000].map((n) => daysFor(n, rule))).toEqual([null, null, null, 30, 30, 45, 45]);
    expect(rule.values.windowDays).toBe(90);
  });

  it('names its source and its id', () => {
    expect(rule.id).toBe('tulrca-s188-2013');
    expect(rule.source).toMatch(/^TULRCA 1992 s\.188 .*https:\/\//);
  });
});

describe('HR1 notification (s.193)', () => {
  it('gives 30 and 45 days and goes online-only on 1 December 2025', () => {
    expect(ruleInForce(hr1Notification, '2025-11-30').values.onlineFormOnly).toBe(false);
    const online = ruleInForce(hr1Notification, '2025-12-01');
    expect(online.values.onlineFormOnly).toBe(true);
    expect([19, 20, 99, 100].map((n) => daysFor(n, online))).toEqual([null, 30, 30, 45]);
  });
});

describe('protective award maximum (s.189)', () => {
  it('is 90 days for a dismissal on 5 April 2026 and 180 days from 6 April 2026, both confirmed', () => {
    const before = ruleInForce(protectiveAward, '2026-04-05');
    expect([before.values.maximumDays, before.status]).toEqual([90, 'confirmed']);
    const era = ruleInForce(protectiveAward, '2026-04-06');
    expect([era.values.maximumDays, era.status]).toEqual([180, 'confirmed']);
    expect(era.source).toContain('business.gov.uk');
    expect(era.source).toContain('s.30');
  });
});

describe('ruleInForce', () => {
  it('refuses a date before any rule, and one that is not a date', () => {
    const before = (() => {
      try {
        ruleInForce(collectiveConsultation, '2013-04-05');
      } catch (e) {
        return e as ReferenceDataError;
      }
    })();
    expect(before?.code).toBe('NO_TABLE_IN_FORCE');
    expect(before?.message).toBe('No collective consultation rule is in force on 5 April 2013: the earliest starts on 6 April 2013.');
    expect(() => ruleInForce(collectiveConsultation, '2026-02-30')).toThrow(ReferenceDataError);
  });

  it('picks a tenant-added later version on and after its day', () => {
    const next: CollectiveConsultationRule = {
      ...collectiveConsultation[0],
      id: 'example-2027',
      effectiveFrom: '2027-01-01',
      values: { ...collectiveConsultation[0].values, bands: [{ minEmployees: 10, maxEmployees: null, days: 30 }] },
    };
    expect(ruleInForce([...collectiveConsultation, next], '2026-12-31').id).toBe('tulrca-s188-2013');
    expect(daysFor(10, ruleInForce([next, ...collectiveConsultation], '2027-01-01'))).toBe(30);
  });
});
