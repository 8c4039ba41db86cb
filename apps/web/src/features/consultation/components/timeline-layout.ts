import { formatCivilDate } from '../../../lib/format';

type Bar = { key: string; label: string; start: string; end: string };
type Constraint = { key: string; label: string; date: string; rule: string; source: string };
export type TimelineInput = { from: string | null; to: string | null; bars: readonly Bar[]; constraints: readonly Constraint[] };

// Whole days between two civil dates, counted in UTC so no time zone or clock change moves a day.
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => {
    const [y, m, day] = d.split('-').map(Number);
    return Date.UTC(y!, m! - 1, day!);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export function daysText(days: number): string {
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

// "11 January 2027" for a single day; "11 January 2027 to 10 February 2027 (31 days)" for a span,
// counting both ends.
export function periodText(start: string, end: string): string {
  if (start === end) return formatCivilDate(start);
  return `${formatCivilDate(start)} to ${formatCivilDate(end)} (${daysText(daysBetween(start, end) + 1)})`;
}

export type LaidOutBar = Bar & { left: number; width: number; text: string };
export type LaidOutLine = Constraint & { left: number; text: string };
export type MonthTick = { label: string; left: number };
export type TimelineLayout = { days: number; bars: LaidOutBar[]; lines: LaidOutLine[]; months: MonthTick[] };

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const percent = (n: number) => Math.round(n * 10_000) / 100;

// Positions as percentages of the plan's span, one day wide at least, so a one-day milestone shows.
export function layoutTimeline(t: TimelineInput): TimelineLayout | null {
  if (!t.from || !t.to) return null;
  const from = t.from;
  const days = daysBetween(from, t.to) + 1;
  const at = (date: string) => percent(daysBetween(from, date) / days);
  const bars = t.bars.map((b) => ({ ...b, left: at(b.start), width: percent((daysBetween(b.start, b.end) + 1) / days), text: periodText(b.start, b.end) }));
  const lines = t.constraints.map((c) => ({ ...c, left: at(c.date), text: formatCivilDate(c.date) }));
  const months: MonthTick[] = [];
  const [y0, m0] = from.split('-').map(Number);
  for (let y = y0!, m = m0!; ; m === 12 ? ((m = 1), (y += 1)) : (m += 1)) {
    const first = `${y}-${String(m).padStart(2, '0')}-01`;
    if (first > t.to) break;
    const left = first < from ? 0 : at(first);
    months.push({ label: monthLabel.format(new Date(Date.UTC(y, m - 1, 1))), left });
  }
  return { days, bars, lines, months };
}
