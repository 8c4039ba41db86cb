import { invalid } from '../errors';
import { describeValue, fieldLabel } from './label';

// A calendar date with no time zone, `YYYY-MM-DD`. All arithmetic is on day numbers, never on a
// local-time Date, so nothing drifts with the machine's zone or daylight saving.
export type CivilDate = string;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) => [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

const parts = (value: unknown): [number, number, number] | null => {
  const match = typeof value === 'string' ? CIVIL_DATE.exec(value) : null;
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? [y, m, d] : null;
};

export const isCivilDate = (value: unknown): value is CivilDate => parts(value) !== null;

export const requireCivilDate = (field: string, value: unknown): CivilDate => {
  if (isCivilDate(value)) return value;
  throw invalid('INVALID_DATE', `${fieldLabel(field)} must be a real calendar date written YYYY-MM-DD, such as 2025-04-01; got ${describeValue(value)}.`, {
    field,
  });
};

// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's days_from_civil.
const toDayNumber = ([y0, m, d]: [number, number, number]): number => {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

const fromDayNumber = (days: number): CivilDate => {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) throw invalid('INVALID_DATE', `The date falls outside the years 0000 to 9999.`, {});
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

const dayNumber = (field: string, date: CivilDate) => toDayNumber(parts(requireCivilDate(field, date))!);

export const addDays = (date: CivilDate, days: number): CivilDate => {
  if (!Number.isSafeInteger(days)) {
    throw invalid('INVALID_DAYS', `Number of days must be a whole number; got ${describeValue(days)}.`, { field: 'days' });
  }
  return fromDayNumber(dayNumber('date', date) + days);
};

// Whole days from `from` to `to`; negative when `to` is earlier.
export const daysBetween = (from: CivilDate, to: CivilDate): number => dayNumber('to', to) - dayNumber('from', from);

// Valid YYYY-MM-DD strings sort as text; validate first so a malformed date cannot sort quietly.
export const compareCivilDates = (a: CivilDate, b: CivilDate): -1 | 0 | 1 => {
  requireCivilDate('first date', a);
  requireCivilDate('second date', b);
  return a < b ? -1 : a > b ? 1 : 0;
};

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|([+-])([01]\d|2[0-3]):?([0-5]\d))$/i;

// The UTC calendar date of an ISO-8601 instant: "2025-03-31T23:30:00-01:00" → "2025-04-01".
export const civilDateOf = (isoInstant: string): CivilDate => {
  const match = typeof isoInstant === 'string' ? INSTANT.exec(isoInstant) : null;
  if (!match || !isCivilDate(match[1])) {
    throw invalid('INVALID_INSTANT', `Time must be an ISO-8601 instant with a zone, such as 2025-04-01T09:30:00Z; got ${describeValue(isoInstant)}.`, {
      field: 'instant',
    });
  }
  const offset = match[5].toUpperCase() === 'Z' ? 0 : (match[6] === '-' ? -1 : 1) * (Number(match[7]) * 60 + Number(match[8]));
  const utcMinutes = Number(match[2]) * 60 + Number(match[3]) - offset;
  return addDays(match[1], Math.floor(utcMinutes / 1440));
};
