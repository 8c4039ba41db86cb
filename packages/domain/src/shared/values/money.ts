import { invalid } from '../errors';
import { describeValue, fieldLabel, groupThousands } from './label';

// Money in integer pence, so sums that auditors check add up exactly.
export type Money = number;
export const MAX_PENCE: Money = 1_000_000_000_000; // £10bn

export type PenceRule = { max?: Money; allowNegative?: boolean };

export const requirePence = (field: string, value: unknown, { max = MAX_PENCE, allowNegative = false }: PenceRule = {}): Money => {
  const label = fieldLabel(field);
  const details = { field, max, allowNegative };
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw invalid('INVALID_MONEY', `${label} must be a whole number of pence (£1.50 is 150); got ${describeValue(value)}.`, details);
  }
  if (value < 0 && !allowNegative) {
    throw invalid('INVALID_MONEY', `${label} cannot be negative; got ${formatPence(value)}.`, details);
  }
  if (Math.abs(value) > max) {
    const range = allowNegative ? `between ${formatPence(-max)} and ${formatPence(max)}` : `at most ${formatPence(max)}`;
    throw invalid('INVALID_MONEY', `${label} must be ${range}; got ${formatPence(value)}.`, details);
  }
  return value;
};

// 4120000 → "£41,200.00"; -150 → "-£1.50".
export const formatPence = (pence: Money): string => {
  const abs = Math.abs(pence);
  const pounds = groupThousands(String(Math.trunc(abs / 100)));
  return `${pence < 0 ? '-' : ''}£${pounds}.${String(abs % 100).padStart(2, '0')}`;
};

// Plain decimal pounds for exports, no symbol or separators: 4120000 → "41200.00".
export const penceToDecimalString = (pence: Money): string => {
  const abs = Math.abs(pence);
  return `${pence < 0 ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};
