import { describe, expect, it } from 'vitest';
import { currentFinancialYear, financialYearParam, financialYearsAround, todayInLondon } from './financial-year';

describe('financial years', () => {
  it('starts each year on 1 April, in London', () => {
    expect(currentFinancialYear(new Date('2026-03-31T22:59:00Z'))).toBe('2025/26');
    expect(currentFinancialYear(new Date('2026-03-31T23:30:00Z'))).toBe('2026/27');
    expect(currentFinancialYear(new Date('2099-12-31T12:00:00Z'))).toBe('2099/00');
  });

  it('offers the year before and the next two', () => {
    expect(financialYearsAround('2026/27')).toEqual(['2025/26', '2026/27', '2027/28', '2028/29']);
  });

  it('takes a well-formed year from the address, else this one', () => {
    expect(financialYearParam('2025/26', '2026-11-26')).toBe('2025/26');
    expect(financialYearParam('2025/27', '2026-11-26')).toBe('2026/27');
    expect(financialYearParam(null, '2026-02-01')).toBe('2025/26');
  });

  it('reads today in London, where a council’s day begins', () => {
    expect(todayInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
