import { STANDARD_REFERENCE_DATA } from '@orgledger/reference-data';
import { NATIONAL_DEFAULT_POLICY, type DiscretionaryCompensationPolicy } from '../policy';
import { discretionaryCompensation } from './discretionary-compensation';
import { statutoryRedundancyPay } from './exit-costs';

// Age 45 with 12 complete years, dismissed 1 May 2025: 14 statutory weeks (28 halves), the cap £719.
const statutory = (age = 45, completeYearsService = 12, weeklyPayPence = 80_000) =>
  statutoryRedundancyPay({ age, completeYearsService, weeklyPayPence, dismissalDate: '2025-05-01', tables: STANDARD_REFERENCE_DATA });
const policy = (p: Partial<DiscretionaryCompensationPolicy> = {}): DiscretionaryCompensationPolicy => ({
  actualWeeksPay: true,
  multiplierPercent: 150,
  maximumWeeks: 45,
  ...p,
});

describe('discretionary compensation under SI 2006/2914', () => {
  it('pays the statutory weeks on the actual week’s pay (reg. 5) and 1.5× them as a lump sum (reg. 6)', () => {
    const c = discretionaryCompensation({ statutory: statutory(), weeklyPayPence: 80_000, policy: policy() });
    // 14 weeks × £719 = £10,066 statutory; 14 × £800 = £11,200 (reg. 5 adds £1,134); 21 × £800 = £16,800.
    expect(c).toMatchObject({
      statutoryPence: 1_006_600,
      regulation5Pence: 113_400,
      regulation6Pence: 560_000,
      discretionaryPence: 673_400,
      totalPence: 1_680_000,
      weeklyPayUsedPence: 80_000,
      limitedToMaximum: false,
    });
    expect(c.reason).toBe('14 statutory weeks × 150% on £800.00 a week (the actual week’s pay): £16,800.00 in all, £6,734.00 above statutory redundancy pay.');
    expect(c.source).toContain('SI 2006/2914');
  });

  it('keeps the statutory cap when the policy does not use the actual week’s pay: no reg. 5 top-up', () => {
    const c = discretionaryCompensation({ statutory: statutory(), weeklyPayPence: 80_000, policy: policy({ actualWeeksPay: false }) });
    // 21 weeks × £719 = £15,099.
    expect(c).toMatchObject({ regulation5Pence: 0, regulation6Pence: 503_300, totalPence: 1_509_900, weeklyPayUsedPence: 71_900 });
  });

  describe('at the policy’s maximum weeks', () => {
    // Age 61 with 20 years: 30 statutory weeks; 400% would be 120 weeks.
    const big = statutory(61, 20);
    it('104 weeks’ pay and no more', () => {
      const c = discretionaryCompensation({ statutory: big, weeklyPayPence: 80_000, policy: policy({ multiplierPercent: 400, maximumWeeks: 104 }) });
      expect(c).toMatchObject({ totalPence: 104 * 80_000, limitedToMaximum: true });
      expect(c.reason).toContain("limited to the policy's 104 weeks' pay");
    });
    it('exactly at the maximum is not limited', () => {
      // 30 weeks × 200% = 60 weeks.
      const c = discretionaryCompensation({ statutory: big, weeklyPayPence: 80_000, policy: policy({ multiplierPercent: 200, maximumWeeks: 60 }) });
      expect(c).toMatchObject({ totalPence: 60 * 80_000, limitedToMaximum: false });
      const below = discretionaryCompensation({ statutory: big, weeklyPayPence: 80_000, policy: policy({ multiplierPercent: 200, maximumWeeks: 59 }) });
      expect(below).toMatchObject({ totalPence: 59 * 80_000, limitedToMaximum: true });
    });
    it('never pays less than the statutory entitlement, whatever the maximum', () => {
      const c = discretionaryCompensation({ statutory: big, weeklyPayPence: 80_000, policy: policy({ actualWeeksPay: false, maximumWeeks: 10 }) });
      expect(c).toMatchObject({ totalPence: big.pence, discretionaryPence: 0 });
    });
  });

  it('gives nothing extra below two years’ service: there are no statutory weeks to multiply', () => {
    const c = discretionaryCompensation({ statutory: statutory(30, 1), weeklyPayPence: 80_000, policy: policy() });
    expect(c).toMatchObject({ statutoryPence: 0, discretionaryPence: 0, totalPence: 0 });
    expect(c.reason).toMatch(/^No discretionary compensation/);
  });

  it('the national default pays statutory redundancy only', () => {
    const c = discretionaryCompensation({ statutory: statutory(), weeklyPayPence: 80_000, policy: NATIONAL_DEFAULT_POLICY.discretionaryCompensation });
    expect(c).toMatchObject({ totalPence: 1_006_600, discretionaryPence: 0 });
  });

  it('pay under the cap: reg. 5 adds nothing', () => {
    const c = discretionaryCompensation({ statutory: statutory(45, 12, 50_000), weeklyPayPence: 50_000, policy: policy({ multiplierPercent: 100 }) });
    expect(c).toMatchObject({ statutoryPence: 700_000, regulation5Pence: 0, regulation6Pence: 0, totalPence: 700_000 });
  });
});
