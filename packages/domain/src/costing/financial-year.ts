import { invalid } from '../shared/errors';
import type { CivilDate } from '../shared/values';

// A council financial year is written '2026/27' and runs 1 April to 31 March. Costing reads pay and
// LGPS rates in force on 1 April (the NJC award and the LGPS Rates & Adjustments Certificate both run
// from 1 April), and employer NI and the apprenticeship levy in force on 6 April (tax-year changes
// such as 15% from 6 April 2025 take effect then). Budgets use the rates that hold for the year,
// not the five days of the old tax year at its start.
const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

export type CostingDates = { financialYear: string; payDate: CivilDate; taxYearDate: CivilDate };

export const costingDatesOf = (financialYear: unknown): CostingDates => {
  const match = typeof financialYear === 'string' ? FINANCIAL_YEAR.exec(financialYear) : null;
  if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2])) {
    throw invalid(
      'INVALID_FINANCIAL_YEAR',
      `A financial year is written as two consecutive years, such as 2026/27; got ${typeof financialYear === 'string' ? JSON.stringify(financialYear) : typeof financialYear}.`,
      { field: 'financialYear' },
    );
  }
  return { financialYear: financialYear as string, payDate: `${match[1]}-04-01`, taxYearDate: `${match[1]}-04-06` };
};
