import { isCivilDate } from '@orgledger/domain/shared';

// Civil dates (YYYY-MM-DD, no time zone; the domain's CivilDate) typed as GOV.UK's three boxes: day, month and year.

export type DateParts = { day: string; month: string; year: string };

export const emptyDateParts: DateParts = { day: '', month: '', year: '' };

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
  const notReal = fail(`${Name} must be a real date, such as 1 4 2026`);
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return notReal;
  if (Number(year) < 1900 || Number(year) > 2200) return fail(`The year of ${name} must be between 1900 and 2200`);
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCivilDate(value) ? { ok: true, value } : notReal;
}
