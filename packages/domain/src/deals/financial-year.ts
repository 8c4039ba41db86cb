import { invalid } from '../shared/errors';

// A council financial year, 1 April to 31 March, written as two consecutive years: '2026/27'.
// Internal to deals for now; a candidate for shared/values once another context needs it.
const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

export const isFinancialYear = (value: unknown): value is string => {
  const match = typeof value === 'string' ? FINANCIAL_YEAR.exec(value) : null;
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
};

export const requireFinancialYear = (value: unknown): string => {
  if (isFinancialYear(value)) return value;
  throw invalid(
    'INVALID_FINANCIAL_YEAR',
    `A financial year is written as two consecutive years, such as 2026/27; got ${typeof value === 'string' ? JSON.stringify(value) : typeof value}.`,
    { field: 'financialYear' },
  );
};
