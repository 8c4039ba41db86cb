import { invalid } from '../errors';
import { requireCivilDate, type CivilDate } from './civil-date';
import { describeValue } from './label';

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) => [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

// Calendar months, the way contracts and notices count them: the same day of the month, or the
// last day when the target month is shorter (31 Jan + 1 month = 28 or 29 Feb). Always count from the
// original date (start + 12k), never chain, or 31 Jan would drift to the 28th.
export const addMonths = (date: CivilDate, months: number): CivilDate => {
  requireCivilDate('date', date);
  if (!Number.isSafeInteger(months)) {
    throw invalid('INVALID_MONTHS', `Number of months must be a whole number; got ${describeValue(months)}.`, { field: 'months' });
  }
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 0 || year > 9999) throw invalid('INVALID_DATE', 'The date falls outside the years 0000 to 9999.', {});
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
