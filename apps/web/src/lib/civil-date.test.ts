import { describe, expect, it } from 'vitest';
import { datePartsOf, readDateParts } from './civil-date';

const read = (day: string, month: string, year: string) => {
  const parsed = readDateParts({ day, month, year }, 'the start date');
  return parsed.ok ? parsed.value : parsed.error;
};

describe('readDateParts', () => {
  it.each([
    ['1', '3', '2026', '2026-03-01'],
    ['01', '03', '2026', '2026-03-01'],
    [' 31 ', '12', '2025', '2025-12-31'],
    ['29', '2', '2028', '2028-02-29'],
    ['29', '2', '2000', '2000-02-29'],
  ])('reads %s/%s/%s as %s', (day, month, year, date) => {
    expect(read(day, month, year)).toBe(date);
  });

  it.each([
    ['', '', '', 'Enter the start date'],
    ['1', '', '2026', 'The start date must include a month'],
    ['', '', '2026', 'The start date must include a day and a month'],
    ['29', '2', '2027', 'The start date must be a real date, such as 1 4 2026'],
    ['31', '4', '2026', 'The start date must be a real date, such as 1 4 2026'],
    ['1', '13', '2026', 'The start date must be a real date, such as 1 4 2026'],
    ['0', '1', '2026', 'The start date must be a real date, such as 1 4 2026'],
    ['1', 'March', '2026', 'The start date must be a real date, such as 1 4 2026'],
    ['1', '3', '26', 'The start date must be a real date, such as 1 4 2026'],
    ['1', '3', '1899', 'The year of the start date must be between 1900 and 2200'],
  ])('refuses %j %j %j: %s', (day, month, year, error) => {
    expect(read(day, month, year)).toBe(error);
  });

  it('fills the boxes back from a date exactly', () => {
    expect(datePartsOf('2026-03-01')).toEqual({ day: '1', month: '3', year: '2026' });
    expect(datePartsOf(null)).toEqual({ day: '', month: '', year: '' });
    const parts = datePartsOf('2032-02-29');
    expect(readDateParts(parts, 'the end date')).toEqual({ ok: true, value: '2032-02-29' });
  });
});
