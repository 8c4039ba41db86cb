import { DomainError } from '../errors';
import { formatFte, fteFromDecimalString, fteToDecimalString, MAX_FTE, requireFte } from './fte';
import { formatPence, MAX_PENCE, penceToDecimalString, requirePence } from './money';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('requireFte', () => {
  it.each([[0], [600], [MAX_FTE]])('accepts %p', (value) => {
    expect(requireFte('fte', value)).toBe(value);
  });

  it.each([[MAX_FTE + 1], [1.5], [NaN], [-1], [Infinity], ['600'], [undefined]])('rejects %p', (value) => {
    expect(codeOf(() => requireFte('fte', value))).toBe('INVALID_FTE');
  });

  it('honours a smaller max and says so', () => {
    expect(requireFte('releasedFte', 1000, { max: 1000 })).toBe(1000);
    expect(() => requireFte('releasedFte', 1001, { max: 1000 })).toThrow('Released fte can be at most 1.000 FTE; got 1.001 FTE.');
  });

  it('explains thousandths when given a fraction', () => {
    expect(() => requireFte('fte', 0.6)).toThrow('Fte must be a whole number of thousandths of an FTE (0.6 FTE is 600); got 0.6.');
  });
});

describe('formatting FTE', () => {
  it.each([
    [14300, '14.300', '14.3'],
    [600, '0.600', '0.6'],
    [0, '0.000', '0'],
    [2000, '2.000', '2'],
    [1, '0.001', '0.001'],
    [1_000_000, '1,000.000', '1000'],
    [-1500, '-1.500', '-1.5'],
  ])('%p → %p and %p', (value, formatted, decimal) => {
    expect(formatFte(value)).toBe(formatted);
    expect(fteToDecimalString(value)).toBe(decimal);
  });

  it('parses decimals exactly', () => {
    expect(fteFromDecimalString('fte', '0.6')).toBe(600);
    expect(fteFromDecimalString('fte', '14.300')).toBe(14300);
    expect(fteFromDecimalString('fte', '2')).toBe(2000);
    expect(fteFromDecimalString('fte', '0.001')).toBe(1);
  });

  it.each([['0.0001'], ['-1'], ['abc'], [''], ['1,000'], ['1000.001']])('rejects the decimal %p', (text) => {
    expect(codeOf(() => fteFromDecimalString('fte', text))).toBe('INVALID_FTE');
  });
});

describe('requirePence', () => {
  it.each([[0], [4_120_000], [MAX_PENCE]])('accepts %p', (value) => {
    expect(requirePence('budget', value)).toBe(value);
  });

  it.each([[MAX_PENCE + 1], [1.5], [NaN], [-1], [Number.MAX_SAFE_INTEGER + 1], [undefined]])('rejects %p', (value) => {
    expect(codeOf(() => requirePence('budget', value))).toBe('INVALID_MONEY');
  });

  it('accepts negatives down to -max when allowed', () => {
    expect(requirePence('variance', -150, { allowNegative: true })).toBe(-150);
    expect(requirePence('variance', -MAX_PENCE, { allowNegative: true })).toBe(-MAX_PENCE);
    expect(codeOf(() => requirePence('variance', -MAX_PENCE - 1, { allowNegative: true }))).toBe('INVALID_MONEY');
  });

  it('names the field and the limit', () => {
    expect(() => requirePence('salary', 100_001, { max: 100_000 })).toThrow('Salary must be at most £1,000.00; got £1,000.01.');
    expect(() => requirePence('salary', -5)).toThrow('Salary cannot be negative; got -£0.05.');
  });
});

describe('formatPence', () => {
  it.each([
    [4_120_000, '£41,200.00', '41200.00'],
    [0, '£0.00', '0.00'],
    [5, '£0.05', '0.05'],
    [-150, '-£1.50', '-1.50'],
    [MAX_PENCE, '£10,000,000,000.00', '10000000000.00'],
  ])('%p → %p', (value, formatted, decimal) => {
    expect(formatPence(value)).toBe(formatted);
    expect(penceToDecimalString(value)).toBe(decimal);
  });
});
