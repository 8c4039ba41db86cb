import { invalid } from '../errors';
import { describeValue, fieldLabel, groupThousands } from './label';

// FTE in integer thousandths: 0.6 FTE is 600, so sums add up exactly.
export type Fte = number;
export const MAX_FTE: Fte = 1_000_000; // 1,000 FTE

export const requireFte = (field: string, value: unknown, { max = MAX_FTE }: { max?: Fte } = {}): Fte => {
  const label = fieldLabel(field);
  const details = { field, max };
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw invalid('INVALID_FTE', `${label} must be a whole number of thousandths of an FTE (0.6 FTE is 600); got ${describeValue(value)}.`, details);
  }
  if (value < 0) throw invalid('INVALID_FTE', `${label} cannot be negative; got ${formatFte(value)} FTE.`, details);
  if (value > max) {
    throw invalid('INVALID_FTE', `${label} can be at most ${formatFte(max)} FTE; got ${formatFte(value)} FTE.`, details);
  }
  return value;
};

const split = (thousandths: Fte) => {
  const abs = Math.abs(thousandths);
  return { sign: thousandths < 0 ? '-' : '', whole: Math.trunc(abs / 1000), frac: String(abs % 1000).padStart(3, '0') };
};

// Fixed three decimals with thousands separators, for people: 14300 → "14.300".
export const formatFte = (thousandths: Fte): string => {
  const { sign, whole, frac } = split(thousandths);
  return `${sign}${groupThousands(String(whole))}.${frac}`;
};

// Shortest exact decimal, for exports and APIs: 14300 → "14.3", 2000 → "2".
export const fteToDecimalString = (thousandths: Fte): string => {
  const { sign, whole, frac } = split(thousandths);
  const trimmed = frac.replace(/0+$/, '');
  return `${sign}${whole}${trimmed ? `.${trimmed}` : ''}`;
};

// Exact parse of a decimal such as "0.6" (no floating point on the way), then requireFte.
export const fteFromDecimalString = (field: string, text: unknown, rule: { max?: Fte } = {}): Fte => {
  const match = typeof text === 'string' ? /^\s*(\d{1,7})(?:\.(\d{1,3}))?\s*$/.exec(text) : null;
  if (!match) {
    throw invalid(
      'INVALID_FTE',
      `${fieldLabel(field)} must be a number of FTE with at most three decimals, such as 0.6 or 14.300; got ${describeValue(text)}.`,
      { field },
    );
  }
  return requireFte(field, Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0')), rule);
};
