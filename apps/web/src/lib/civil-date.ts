// Civil dates (YYYY-MM-DD, no time zone) typed as GOV.UK's three boxes: day, month and year.

export type DateParts = { day: string; month: string; year: string };

export const emptyDateParts: DateParts = { day: '', month: '', year: '' };

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

// "2026-03-01" → { day: '1', month: '3', year: '2026' }
export function datePartsOf(date: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) return emptyDateParts;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

// Day, month and year → "2026-03-01", or what is wrong in words that name the date (such as "The start date").
export function readDateParts(parts: DateParts, name: string): { ok: true; value: string } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const Name = name.charAt(0).toUpperCase() + name.slice(1);
  if (!day && !month && !year) return fail(`Enter ${name}`);
  const missing = [!day && 'a day', !month && 'a month', !year && 'a year'].filter(Boolean) as string[];
  if (missing.length > 0) return fail(`${Name} must include ${missing.join(' and ')}`);
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return fail(`${Name} must be a real date, such as 1 4 2026`);
  }
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  if (y < 1900 || y > 2200) return fail(`The year of ${name} must be between 1900 and 2200`);
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return fail(`${Name} must be a real date, such as 1 4 2026`);
  return { ok: true, value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}
