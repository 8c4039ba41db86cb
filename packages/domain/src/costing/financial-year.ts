import { requireFinancialYear, type CivilDate } from '../shared/values';

// Costing reads pay and LGPS rates in force on 1 April (the NJC award and the LGPS Rates &
// Adjustments Certificate both run from 1 April), and employer NI and the apprenticeship levy in
// force on 6 April (tax-year changes such as 15% from 6 April 2025 take effect then). Budgets use
// the rates that hold for the year, not the five days of the old tax year at its start.
export type CostingDates = { financialYear: string; payDate: CivilDate; taxYearDate: CivilDate };

export const costingDatesOf = (financialYear: unknown): CostingDates => {
  const year = requireFinancialYear(financialYear);
  return { financialYear: year, payDate: `${year.slice(0, 4)}-04-01`, taxYearDate: `${year.slice(0, 4)}-04-06` };
};
