import { invalid } from '../errors';
import { addDays, requireCivilDate, type CivilDate } from './civil-date';

// A council financial year, 1 April to 31 March, written as two consecutive years: '2026/27'.
// The one implementation of the rule: deals, costing and Design Authority snapshots all use it.
export type FinancialYear = string;

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

// The year the financial year starts in, or null when the text is not a financial year.
const startYearOf = (value: unknown): number | null => {
  const match = typeof value === 'string' ? FINANCIAL_YEAR.exec(value) : null;
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]) ? Number(match[1]) : null;
};

const written = (start: number): FinancialYear => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;

export const isFinancialYear = (value: unknown): value is FinancialYear => startYearOf(value) !== null;

export const requireFinancialYear = (value: unknown): FinancialYear => {
  if (isFinancialYear(value)) return value;
  throw invalid(
    'INVALID_FINANCIAL_YEAR',
    `A financial year is written as two consecutive years, such as 2026/27; got ${typeof value === 'string' ? JSON.stringify(value) : typeof value}.`,
    { field: 'financialYear' },
  );
};

// First and last day: '2026/27' runs 2026-04-01 to 2027-03-31.
export const financialYearBounds = (year: FinancialYear): { start: CivilDate; end: CivilDate } => {
  const start = startYearOf(requireFinancialYear(year))!;
  return { start: `${start}-04-01`, end: addDays(`${start + 1}-04-01`, -1) };
};

// The year n years later (or earlier): ('2026/27', 1) is '2027/28'.
export const shiftFinancialYear = (year: FinancialYear, n: number): FinancialYear => written(startYearOf(requireFinancialYear(year))! + n);

// The financial year a civil date falls in: 2027-03-31 is in 2026/27, 2027-04-01 in 2027/28.
export const financialYearOf = (date: CivilDate): FinancialYear => {
  const [y, m] = requireCivilDate('date', date).split('-').map(Number);
  return written(m >= 4 ? y : y - 1);
};

// Order of two financial years: the start year leads the text, so text order is year order.
export const compareFinancialYears = (a: FinancialYear, b: FinancialYear): number => (a < b ? -1 : a > b ? 1 : 0);
