import { DomainError } from '../errors';
import { addMonths } from './civil-months';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('addMonths', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 12, '2026-01-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-02-24', 0, '2025-02-24'],
    ['2025-02-24', 120, '2035-02-24'],
  ])('%p + %p months is %p', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('rejects an invalid date, fractional months, or a result outside 0000–9999', () => {
    expect(codeOf(() => addMonths('2025-02-29', 1))).toBe('INVALID_DATE');
    expect(codeOf(() => addMonths('2025-02-28', 1.5))).toBe('INVALID_MONTHS');
    expect(codeOf(() => addMonths('9999-12-01', 1))).toBe('INVALID_DATE');
  });
});
