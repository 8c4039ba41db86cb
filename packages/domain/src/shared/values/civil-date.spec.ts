import { DomainError } from '../errors';
import { addDays, civilDateOf, compareCivilDates, daysBetween, isCivilDate, requireCivilDate } from './civil-date';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('requireCivilDate', () => {
  it.each([['2024-02-29'], ['2025-02-28'], ['2025-12-31'], ['2000-02-29'], ['0001-01-01']])('accepts %p', (value) => {
    expect(requireCivilDate('effectiveFrom', value)).toBe(value);
  });

  it.each([
    ['2025-02-29'],
    ['1900-02-29'],
    ['2025-04-31'],
    ['2025-13-01'],
    ['2025-00-10'],
    ['2025-01-00'],
    ['2025-1-5'],
    ['2025-01-05T00:00:00Z'],
    [''],
    [20250105],
    [undefined],
  ])('rejects %p', (value) => {
    expect(codeOf(() => requireCivilDate('effectiveFrom', value))).toBe('INVALID_DATE');
  });

  it('says what is expected', () => {
    expect(() => requireCivilDate('effectiveFrom', '2025-02-29')).toThrow(
      'Effective from must be a real calendar date written YYYY-MM-DD, such as 2025-04-01; got "2025-02-29".',
    );
  });

  it('offers a predicate', () => {
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2025-02-29')).toBe(false);
  });
});

describe('addDays', () => {
  it.each([
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-30', 1, '2025-03-31'], // the day the clocks go forward makes no difference
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-04-01', 45, '2025-05-16'],
    ['2025-04-01', 0, '2025-04-01'],
    ['1970-01-01', -1, '1969-12-31'],
    ['2000-02-28', 366, '2001-02-28'],
  ])('%p + %p days is %p', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('rejects an invalid date or a fractional number of days', () => {
    expect(codeOf(() => addDays('2025-02-29', 1))).toBe('INVALID_DATE');
    expect(codeOf(() => addDays('2025-02-28', 1.5))).toBe('INVALID_DAYS');
    expect(codeOf(() => addDays('2025-02-28', NaN))).toBe('INVALID_DAYS');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-04-01', '2025-05-16')).toBe(45);
    expect(daysBetween('2025-05-16', '2025-04-01')).toBe(-45);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
});

describe('compareCivilDates', () => {
  it('orders dates', () => {
    expect(compareCivilDates('2025-04-01', '2025-04-02')).toBe(-1);
    expect(compareCivilDates('2025-04-01', '2025-04-01')).toBe(0);
    expect(compareCivilDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(['2025-10-01', '2024-02-29', '2025-01-31'].sort(compareCivilDates)).toEqual(['2024-02-29', '2025-01-31', '2025-10-01']);
  });

  it('refuses to order a malformed date', () => {
    expect(codeOf(() => compareCivilDates('2025-4-1', '2025-04-02'))).toBe('INVALID_DATE');
  });
});

describe('civilDateOf', () => {
  it.each([
    ['2025-04-01T09:30:00.000Z', '2025-04-01'],
    ['2025-04-01T23:59:59.999Z', '2025-04-01'],
    ['2025-04-01T00:00Z', '2025-04-01'],
    ['2025-04-01T00:30:00+01:00', '2025-03-31'],
    ['2025-03-31T23:30:00-01:00', '2025-04-01'],
    ['2024-12-31T23:00:00-05:00', '2025-01-01'],
    ['2024-02-29T12:00:00Z', '2024-02-29'],
  ])('%p falls on %p in UTC', (instant, expected) => {
    expect(civilDateOf(instant)).toBe(expected);
  });

  it.each([['2025-02-29T09:00:00Z'], ['2025-04-01'], ['2025-04-01T09:00:00'], ['2025-04-01T24:00:00Z'], ['yesterday']])('rejects %p', (instant) => {
    expect(codeOf(() => civilDateOf(instant))).toBe('INVALID_INSTANT');
  });
});
