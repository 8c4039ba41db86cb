import { describe, expect, it } from 'vitest';
import { formatPounds, parsePounds, poundsInput } from './pounds';

const annual = { label: 'Annual value', example: '1,200,000.00' };
const read = (text: string) => {
  const parsed = parsePounds(text, annual);
  return parsed.ok ? parsed.value : parsed.error;
};

describe('parsePounds', () => {
  it.each([
    ['1,200,000.00', 120_000_000],
    ['1200000', 120_000_000],
    ['£1,200,000', 120_000_000],
    ['1200000.5', 120_000_050],
    ['0.01', 1],
    ['0', 0],
    [' £ 36,400.10 ', 3_640_010],
    ['19.99', 1999],
    ['0.29', 29],
    ['1.10', 110],
    ['10,000,000,000.00', 1_000_000_000_000],
    ['007', 700],
  ])('reads %j as %i pence, exactly', (text, pence) => {
    expect(read(text)).toBe(pence);
  });

  it('adds up what floating point would not: £0.10 and £0.20 make exactly 30 pence', () => {
    expect((read('0.10') as number) + (read('0.20') as number)).toBe(30);
  });

  it.each([
    ['', 'Enter the annual value, such as 1,200,000.00'],
    ['-5', 'Annual value cannot be negative'],
    ['£-5', 'Annual value cannot be negative'],
    ['1,20,000', 'Annual value must be an amount in pounds, such as 1,200,000.00'],
    ['1.2m', 'Annual value must be an amount in pounds, such as 1,200,000.00'],
    ['1e6', 'Annual value must be an amount in pounds, such as 1,200,000.00'],
    ['12.345', 'Annual value can have at most 2 decimal places (whole pence)'],
    ['10,000,000,000.01', 'Annual value must be £10,000,000,000.00 or less'],
    ['99999999999999', 'Annual value must be £10,000,000,000.00 or less'],
  ])('refuses %j: %s', (text, error) => {
    expect(read(text)).toBe(error);
  });

  it('keeps to a smaller limit when given one', () => {
    expect(parsePounds('1,000.01', { ...annual, max: 100_000 })).toEqual({ ok: false, error: 'Annual value must be £1,000.00 or less' });
  });
});

describe('showing pence as pounds', () => {
  it('groups thousands and keeps the pence', () => {
    expect(formatPounds(120_000_000)).toBe('£1,200,000.00');
    expect(formatPounds(5)).toBe('£0.05');
    expect(formatPounds(-150)).toBe('-£1.50');
    expect(poundsInput(120_000_010)).toBe('1,200,000.10');
  });

  it('round-trips what it shows in a form', () => {
    for (const pence of [0, 1, 99, 120_000_000, 1_050_000_001, 1_000_000_000_000]) {
      expect(parsePounds(poundsInput(pence), annual)).toEqual({ ok: true, value: pence });
    }
  });
});
