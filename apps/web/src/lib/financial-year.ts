import { financialYearOf, isFinancialYear, shiftFinancialYear, type FinancialYear } from '@orgledger/domain/shared';

// The financial-year rule (1 April to 31 March, "2026/27") is the domain's; this is the screen's view of it.

export function todayInLondon(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export const currentFinancialYear = (now = new Date()): FinancialYear => financialYearOf(todayInLondon(now));

// The year before, this year and the next two: what a budget is set for.
export function financialYearsAround(current: FinancialYear): FinancialYear[] {
  return [-1, 0, 1, 2].map((n) => shiftFinancialYear(current, n));
}

// ?year=2026/27 when it is a well-formed year, else this financial year.
export function financialYearParam(param: string | null, today = todayInLondon()): FinancialYear {
  return isFinancialYear(param) ? param : financialYearOf(today);
}
