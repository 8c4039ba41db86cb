import { describe, expect, it } from 'vitest';
import { daysBetween, daysText, layoutTimeline, periodText } from './timeline-layout';

describe('consultation timeline dates', () => {
  it('counts civil days across a leap day, a clock change and a year end', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2); // British Summer Time starts on the 28th
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-02-10', '2027-01-11')).toBe(-30);
  });

  it('writes a day or a span with both ends counted', () => {
    expect(daysText(1)).toBe('1 day');
    expect(daysText(30)).toBe('30 days');
    expect(periodText('2027-01-11', '2027-01-11')).toBe('11 January 2027');
    expect(periodText('2027-01-11', '2027-02-10')).toBe('11 January 2027 to 10 February 2027 (31 days)');
  });

  it('places bars and statutory lines as shares of the plan span', () => {
    const layout = layoutTimeline({
      from: '2027-01-01',
      to: '2027-01-10',
      bars: [
        { key: 'consultation', label: 'Consultation', start: '2027-01-01', end: '2027-01-05' },
        { key: 'go_live', label: 'Go-live', start: '2027-01-10', end: '2027-01-10' },
      ],
      constraints: [{ key: 'hr1_deadline', label: 'HR1 deadline', date: '2027-01-06', rule: 'TULRCA 1992 s.193', source: 'gov.uk' }],
    })!;
    expect(layout.days).toBe(10);
    expect(layout.bars.map((b) => [b.left, b.width])).toEqual([
      [0, 50],
      [90, 10],
    ]);
    expect(layout.lines.map((l) => [l.left, l.text])).toEqual([[50, '6 January 2027']]);
    expect(layout.months).toEqual([{ label: 'Jan 2027', left: 0 }]);
  });

  it('marks each month that starts inside the span', () => {
    const layout = layoutTimeline({ from: '2027-01-20', to: '2027-03-05', bars: [], constraints: [] })!;
    expect(layout.months.map((m) => m.label)).toEqual(['Jan 2027', 'Feb 2027', 'Mar 2027']);
    expect(layout.months[1]!.left).toBeCloseTo((12 / 45) * 100, 1);
  });

  it('draws nothing for a plan with no dates', () => {
    expect(layoutTimeline({ from: null, to: null, bars: [], constraints: [] })).toBeNull();
  });
});
