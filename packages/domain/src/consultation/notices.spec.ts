import { checkNotice, completeMonthsOfService, noticeBeforeConsultationEnds, statutoryNoticeWeeks } from './notices';

// ERA 1996 s.86(1), counted from continuous service on the day notice is given.
describe('statutory minimum notice (ERA 1996 s.86)', () => {
  const start = '2014-01-15';
  it.each([
    ['1 month − 1 day', '2014-02-14', 0],
    ['1 month', '2014-02-15', 1],
    ['1 year 364 days', '2016-01-14', 1],
    ['2 years', '2016-01-15', 2],
    ['11 years 364 days', '2026-01-14', 11],
    ['12 years', '2026-01-15', 12],
    ['13 years', '2027-01-15', 12],
  ])('given service of %s, when notice is given on %s, then the minimum is %i weeks', (_label, on, weeks) => {
    expect(statutoryNoticeWeeks(start, on)).toBe(weeks);
  });

  it('counts a 31st-of-the-month start and a 29 February start by calendar months', () => {
    expect(completeMonthsOfService('2025-01-31', '2025-02-27')).toBe(0);
    expect(completeMonthsOfService('2025-01-31', '2025-02-28')).toBe(1);
    expect(statutoryNoticeWeeks('2024-02-29', '2026-02-27')).toBe(1);
    expect(statutoryNoticeWeeks('2024-02-29', '2026-02-28')).toBe(2);
    expect(completeMonthsOfService('2026-03-01', '2026-02-01')).toBe(0);
  });
});

describe('planned notice per person', () => {
  const base = { serviceStart: '2020-03-01', noticeGivenOn: '2027-03-01', contractualNoticeWeeks: null };
  it('given 7 years’ service, when the dismissal is 7 weeks after notice, then it is enough; 1 day less is short', () => {
    expect(checkNotice({ ...base, dismissalOn: '2027-04-19' })).toMatchObject({ statutoryWeeks: 7, plannedDays: 49, short: false, message: null });
    const short = checkNotice({ ...base, dismissalOn: '2027-04-18' });
    expect(short).toMatchObject({ requiredWeeks: 7, plannedDays: 48, short: true });
    expect(short.message).toContain('statutory minimum notice is 7 weeks');
  });

  it('given a longer contractual notice, then the contract decides', () => {
    const check = checkNotice({ ...base, dismissalOn: '2027-04-19', contractualNoticeWeeks: 12 });
    expect(check).toMatchObject({ statutoryWeeks: 7, contractualWeeks: 12, requiredWeeks: 12, short: true });
    expect(check.message).toContain('contractual notice is 12 weeks');
    expect(checkNotice({ ...base, dismissalOn: '2027-05-24', contractualNoticeWeeks: 12 }).short).toBe(false);
    expect(checkNotice({ ...base, dismissalOn: '2027-04-19', contractualNoticeWeeks: 4 }).requiredWeeks).toBe(7);
  });
});

describe('notices and the end of consultation (Junk v Kühnel, C-188/03)', () => {
  it('flags a notice the day before consultation closes, not one on the closing day or after', () => {
    expect(noticeBeforeConsultationEnds('2027-02-09', '2027-02-10')).toBe(true);
    expect(noticeBeforeConsultationEnds('2027-02-10', '2027-02-10')).toBe(false);
    expect(noticeBeforeConsultationEnds('2027-02-11', '2027-02-10')).toBe(false);
    expect(noticeBeforeConsultationEnds(null, '2027-02-10')).toBe(false);
  });
});
