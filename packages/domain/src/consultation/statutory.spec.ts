import { emptyPlanDates } from './state';
import { goodDates } from './spec-fixtures';
import { statutoryFigures } from './statutory';

const figuresFor = (proposedDismissals: number, dates = goodDates) => statutoryFigures({ dates, draftedOn: '2026-11-02', proposedDismissals });

describe('the statutory minimum period and HR1 deadline (TULRCA s.188, s.193)', () => {
  it('needs no collective consultation or HR1 for 19 proposed dismissals, only individual consultation', () => {
    const f = figuresFor(19);
    expect([f.collective.required, f.collective.minimumDays, f.hr1.required, f.hr1.deadline, f.earliestFirstDismissal]).toEqual([
      false,
      null,
      false,
      null,
      null,
    ]);
  });

  it('needs 30 days from 20 and at 99, counted back from the first dismissal', () => {
    for (const n of [20, 99]) {
      const f = figuresFor(n);
      expect([f.collective.minimumDays, f.hr1.leadDays, f.hr1.deadline, f.earliestFirstDismissal, f.latestConsultationStart]).toEqual([
        30,
        30,
        '2027-03-01',
        '2027-02-10',
        '2027-03-01',
      ]);
    }
  });

  it('needs 45 days at 100', () => {
    const f = figuresFor(100);
    expect([f.collective.minimumDays, f.hr1.deadline, f.earliestFirstDismissal]).toEqual([45, '2027-02-14', '2027-02-25']);
  });

  it('counts civil days across a leap day and a year end with no time-zone drift', () => {
    const f = figuresFor(20, { ...emptyPlanDates(), consultationStart: '2028-02-15', firstDismissal: '2028-01-15' });
    expect(f.earliestFirstDismissal).toBe('2028-03-16'); // 29 February 2028 counts
    expect(f.hr1.deadline).toBe('2027-12-16');
  });

  it('takes the rules in force on the consultation start, else the first dismissal, else the draft day', () => {
    expect(figuresFor(25).ruleDate).toBe('2027-01-11');
    expect(figuresFor(25, { ...emptyPlanDates(), firstDismissal: '2027-03-31' }).ruleDate).toBe('2027-03-31');
    const early = figuresFor(25, { ...emptyPlanDates(), consultationStart: '2025-11-03' });
    expect([early.ruleDate, early.hr1.ruleId, early.hr1.onlineFormOnly]).toEqual(['2025-11-03', 'tulrca-s193-2013', false]);
    expect(figuresFor(25, emptyPlanDates()).ruleDate).toBe('2026-11-02');
  });
});
