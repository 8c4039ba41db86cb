import { STANDARD_REFERENCE_DATA } from '@orgledger/reference-data';
import { DomainError } from '../shared/errors';
import { lgpsStrainFlag, statutoryRedundancyPay, type StatutoryRedundancyInput } from './exit-costs';

const pay = (overrides: Partial<StatutoryRedundancyInput> = {}) =>
  statutoryRedundancyPay({
    age: 45,
    completeYearsService: 12,
    weeklyPayPence: 80_000,
    dismissalDate: '2025-05-01',
    tables: STANDARD_REFERENCE_DATA,
    ...overrides,
  });

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('statutory redundancy pay', () => {
  it('counts back from the dismissal, each year at the band of the age the person was in it', () => {
    // Age 45, 12 complete years: the years were worked at ages 44, 43, …, 33.
    // 41–44: 4 years × 1.5 weeks = 6 weeks; 33–40: 8 years × 1 week = 8 weeks; 14 weeks = 28 halves.
    // £800 a week is capped at £719 (dismissal on 1 May 2025): 14 × £719 = £10,066.
    expect(pay()).toEqual({
      pence: 1_006_600,
      halfWeeks: 28,
      yearsCounted: 12,
      weeklyPayUsedPence: 71_900,
      capTableId: 'statutory-redundancy-2025-26',
      eligible: true,
      reason: "14 weeks' pay for 12 complete years at the statutory cap of £719.00 a week.",
    });
  });

  it('switches the cap from £700 to £719 on 6 April 2025', () => {
    // 14 weeks × £700 = £9,800 on 5 April 2025; × £719 = £10,066 from 6 April
    expect(pay({ dismissalDate: '2025-04-05' })).toMatchObject({ pence: 980_000, weeklyPayUsedPence: 70_000, capTableId: 'statutory-redundancy-2024-25' });
    expect(pay({ dismissalDate: '2025-04-06' })).toMatchObject({ pence: 1_006_600, weeklyPayUsedPence: 71_900, capTableId: 'statutory-redundancy-2025-26' });
    expect(codeOf(() => pay({ dismissalDate: '2024-04-05' }))).toBe('NO_TABLE_IN_FORCE');
  });

  it('given dismissals on 5 and 6 April 2026, when each is costed, then the cap is £719 then £751', () => {
    // 14 weeks × £719 = £10,066 on 5 April 2026; × £751 = £10,514 from 6 April: the dismissal date decides, not the year
    expect(pay({ dismissalDate: '2026-04-05' })).toMatchObject({ pence: 1_006_600, weeklyPayUsedPence: 71_900, capTableId: 'statutory-redundancy-2025-26' });
    expect(pay({ dismissalDate: '2026-04-06' })).toMatchObject({ pence: 1_051_400, weeklyPayUsedPence: 75_100, capTableId: 'statutory-redundancy-2026-27' });
    expect(pay({ dismissalDate: '2027-03-31' }).capTableId).toBe('statutory-redundancy-2026-27');
  });

  it('given 20 years at 41 or over above the cap, then the maximum is 20 × 1½ weeks × the cap: £21,570 before and £22,530 from 6 April 2026', () => {
    const longest = { age: 64, completeYearsService: 30, weeklyPayPence: 150_000 };
    expect(pay({ ...longest, dismissalDate: '2026-04-05' })).toMatchObject({ yearsCounted: 20, halfWeeks: 60, pence: 2_157_000 });
    expect(pay({ ...longest, dismissalDate: '2026-04-06' })).toMatchObject({ yearsCounted: 20, halfWeeks: 60, pence: 2_253_000 });
    expect(pay({ ...longest, dismissalDate: '2026-04-06' }).reason).toBe(
      "30 weeks' pay for 20 complete years (the last 20 of 30) at the statutory cap of £751.00 a week.",
    );
  });

  it('uses the actual week’s pay below the cap', () => {
    expect(pay({ weeklyPayPence: 50_000 })).toMatchObject({ pence: 700_000, weeklyPayUsedPence: 50_000 });
    expect(pay({ weeklyPayPence: 50_000 }).reason).toBe("14 weeks' pay for 12 complete years at the actual £500.00 a week.");
  });

  it('pays half a week a year under 22: a 19-year-old with 3 years (ages 18, 17, 16)', () => {
    // 3 × 0.5 = 1.5 weeks = 3 halves; at £300.01 a week: 3 × 30,001 / 2 = 45,001.5 → 45,002 pence, half up once
    expect(pay({ age: 19, completeYearsService: 3, weeklyPayPence: 30_001 })).toMatchObject({ halfWeeks: 3, pence: 45_002, eligible: true });
    expect(pay({ age: 19, completeYearsService: 3, weeklyPayPence: 30_001 }).reason).toBe("1½ weeks' pay for 3 complete years at the actual £300.01 a week.");
  });

  it('changes band at 22: age 24 with 5 years is 2 years at 1 week and 3 at half a week', () => {
    // ages 23, 22 → 1 week each; 21, 20, 19 → 0.5 each; 3.5 weeks = 7 halves; × £400 = £1,400
    expect(pay({ age: 24, completeYearsService: 5, weeklyPayPence: 40_000 })).toMatchObject({ halfWeeks: 7, pence: 140_000 });
  });

  it('needs 2 complete years: 1 year pays nothing, with the reason; 2 years pays', () => {
    expect(pay({ age: 30, completeYearsService: 1 })).toEqual({
      pence: 0,
      halfWeeks: 0,
      yearsCounted: 0,
      weeklyPayUsedPence: 71_900,
      capTableId: 'statutory-redundancy-2025-26',
      eligible: false,
      reason: "Not eligible: 1 complete years' service, and statutory redundancy pay needs 2.",
    });
    // ages 29 and 28 → 2 weeks × £719 = £1,438
    expect(pay({ age: 30, completeYearsService: 2 })).toMatchObject({ eligible: true, halfWeeks: 4, pence: 143_800 });
  });

  it('counts the last 20 years only', () => {
    // age 60, 25 years: the last 20 were at ages 59…40: 19 × 1.5 + 1 × 1 = 29.5 weeks × £719 = £21,210.50
    expect(pay({ age: 60, completeYearsService: 25, weeklyPayPence: 100_000 })).toMatchObject({ yearsCounted: 20, halfWeeks: 59, pence: 2_121_050 });
    expect(pay({ age: 60, completeYearsService: 25 }).reason).toBe(
      "29½ weeks' pay for 20 complete years (the last 20 of 25) at the statutory cap of £719.00 a week.",
    );
    // age 61, 25 years: ages 60…41 all at 1.5 → 30 weeks × £719 = £21,570, the statutory maximum
    expect(pay({ age: 61, completeYearsService: 25 })).toMatchObject({ halfWeeks: 60, pence: 2_157_000 });
  });

  it('refuses impossible ages and service', () => {
    expect(codeOf(() => pay({ age: 45.5 }))).toBe('INVALID_AGE');
    expect(codeOf(() => pay({ age: 13 }))).toBe('INVALID_AGE');
    expect(codeOf(() => pay({ age: 19, completeYearsService: 6 }))).toBe('INVALID_SERVICE');
    expect(codeOf(() => pay({ completeYearsService: -1 }))).toBe('INVALID_SERVICE');
    expect(codeOf(() => pay({ weeklyPayPence: 800.5 }))).toBe('INVALID_MONEY');
    expect(codeOf(() => pay({ dismissalDate: '2025-02-29' }))).toBe('INVALID_DATE');
  });
});

describe('the LGPS strain cost flag', () => {
  it('applies at 55 or over with 2 or more years of membership, asking the fund for the amount', () => {
    expect(lgpsStrainFlag({ age: 55, pensionMember: true, yearsMembership: 2, strainEstimatePence: null })).toEqual({
      applies: true,
      estimatePence: null,
      note: 'LGPS strain cost applies (55 or over, 2+ years’ membership): ask the pension fund for its estimate.',
    });
    expect(lgpsStrainFlag({ age: 58, pensionMember: true, yearsMembership: 20, strainEstimatePence: 4_500_000 })).toEqual({
      applies: true,
      estimatePence: 4_500_000,
      note: 'LGPS strain cost applies (55 or over, 2+ years’ membership): £45,000.00, the fund’s estimate.',
    });
  });

  it('does not apply under 55, under 2 years, or to a non-member', () => {
    expect(lgpsStrainFlag({ age: 54, pensionMember: true, yearsMembership: 20, strainEstimatePence: 100 })).toEqual({
      applies: false,
      estimatePence: null,
      note: 'No LGPS strain cost: aged 54, under 55.',
    });
    expect(lgpsStrainFlag({ age: 60, pensionMember: true, yearsMembership: 1, strainEstimatePence: null }).applies).toBe(false);
    expect(lgpsStrainFlag({ age: 60, pensionMember: false, yearsMembership: 10, strainEstimatePence: null }).note).toBe(
      'No LGPS strain cost: not an LGPS member.',
    );
  });

  it('refuses an estimate not in whole pence', () => {
    expect(codeOf(() => lgpsStrainFlag({ age: 60, pensionMember: true, yearsMembership: 10, strainEstimatePence: 1.5 }))).toBe('INVALID_MONEY');
    expect(codeOf(() => lgpsStrainFlag({ age: 60, pensionMember: true, yearsMembership: 1.5, strainEstimatePence: null }))).toBe('INVALID_MEMBERSHIP');
  });
});
