import { financialYearBounds, financialYearOf, isFinancialYear, requireFinancialYear, shiftFinancialYear } from './financial-year';

describe('a council financial year runs 1 April to 31 March, written 2026/27', () => {
  it('is two consecutive years, across a century too', () => {
    expect(['2026/27', '1999/00', '2099/00'].map(isFinancialYear)).toEqual([true, true, true]);
    expect(['2026/28', '2026-27', '26/27', '2026/2027', 2026, null].map(isFinancialYear)).toEqual([false, false, false, false, false, false]);
  });

  it('refuses anything else with INVALID_FINANCIAL_YEAR, naming what it got', () => {
    expect(() => requireFinancialYear('2026/28')).toThrow(
      expect.objectContaining({ code: 'INVALID_FINANCIAL_YEAR', message: expect.stringContaining('"2026/28"') }),
    );
    expect(() => requireFinancialYear(7)).toThrow(expect.objectContaining({ code: 'INVALID_FINANCIAL_YEAR', message: expect.stringContaining('got number') }));
  });

  it('given a date, when its year is asked, then 31 March is the old year and 1 April the new one', () => {
    expect(['2027-03-31', '2027-04-01', '2000-01-15'].map(financialYearOf)).toEqual(['2026/27', '2027/28', '1999/00']);
    expect(() => financialYearOf('2027-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('has a first and a last day, and neighbours', () => {
    expect(financialYearBounds('2027/28')).toEqual({ start: '2027-04-01', end: '2028-03-31' });
    expect([shiftFinancialYear('2026/27', 1), shiftFinancialYear('2000/01', -1)]).toEqual(['2027/28', '1999/00']);
  });
});
