// FTE is whole thousandths (0.6 FTE = 600) and money whole pence, as the API keeps them. Text is
// turned into those integers digit by digit, never through floating point, so "0.1" is exactly 100.

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

export const MAX_POST_FTE = 50_000;
export const MAX_POST_COST_PENCE = 100_000_000; // £1,000,000

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

// "0.6" → 600, "1" → 1000, ".625" → 625. At most three decimals; more than 0 and at most 50.
export function parseFteText(text: string): Parsed<number> {
  const value = text.trim();
  if (value === '') return fail('Enter the FTE, such as 1 or 0.6');
  if (/^-/.test(value)) return fail('FTE must be more than 0');
  const match = /^(\d*)(?:\.(\d*))?$/.exec(value);
  if (!match || (match[1] === '' && !match[2])) return fail('FTE must be a number, such as 1 or 0.6');
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > 3) return fail('FTE can have at most 3 decimal places, such as 0.625');
  const units = whole.replace(/^0+(?=\d)/, '') || '0';
  if (units.length > 3) return fail(`FTE must be ${MAX_POST_FTE / 1000} or less`);
  const thousandths = Number(units) * 1000 + Number(fraction.padEnd(3, '0'));
  if (thousandths === 0) return fail('FTE must be more than 0');
  if (thousandths > MAX_POST_FTE) return fail(`FTE must be ${MAX_POST_FTE / 1000} or less`);
  return ok(thousandths);
}

// "41,200.00", "£41200", "41200.5" → pence. Commas only as thousands separators.
export function parseMoneyText(text: string): Parsed<number> {
  const value = text.replace(/\s+/g, '');
  if (value === '') return fail('Enter the budgeted annual cost, such as 41,200.00');
  if (/^(-|£-|\()/.test(value)) return fail('Budgeted annual cost cannot be negative');
  const match = /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/.exec(value);
  if (!match) return fail('Budgeted annual cost must be an amount in pounds, such as 41,200.00');
  const [, grouped = '', fraction = ''] = match;
  if (fraction.length > 2) return fail('Budgeted annual cost can have at most 2 decimal places (whole pence)');
  const pounds = grouped.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const tooBig = `Budgeted annual cost must be ${formatPence(MAX_POST_COST_PENCE)} or less`;
  if (pounds.length > 7) return fail(tooBig);
  const pence = Number(pounds) * 100 + Number(fraction.padEnd(2, '0'));
  if (pence > MAX_POST_COST_PENCE) return fail(tooBig);
  return ok(pence);
}

// A whole percent from 0 to 100; an empty cell is 0.
export function parsePercentText(text: string): Parsed<number> {
  const value = text.trim();
  if (value === '') return ok(0);
  if (!/^\d{1,3}$/.test(value) || Number(value) > 100) return fail('Enter a whole number from 0 to 100');
  return ok(Number(value));
}

// 4120000 → "£41,200.00"
export function formatPence(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100);
  const rest = abs - pounds * 100;
  return `${sign}£${groupThousands(String(pounds))}.${String(rest).padStart(2, '0')}`;
}

// 4120000 → "41,200.00", for a form field.
export function penceToInput(pence: number): string {
  return formatPence(pence).replace('£', '');
}

// 600 → "0.600": exact, as auditors add it up.
export function formatFte(thousandths: number): string {
  const sign = thousandths < 0 ? '-' : '';
  const abs = Math.abs(thousandths);
  const whole = Math.floor(abs / 1000);
  return `${sign}${whole}.${String(abs - whole * 1000).padStart(3, '0')}`;
}

// 600 → "0.6", 1000 → "1", for a form field.
export function fteToInput(thousandths: number): string {
  return formatFte(thousandths).replace(/\.?0+$/, '');
}

// 14285 → "14.3 FTE": one decimal, half up, for summaries; tables keep the exact figure.
export function formatFteSummary(thousandths: number): string {
  const tenths = Math.floor((Math.abs(thousandths) + 50) / 100);
  const sign = thousandths < 0 && tenths > 0 ? '-' : '';
  return `${sign}${Math.floor(tenths / 10)}.${tenths % 10} FTE`;
}

export function sumIntegers(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
