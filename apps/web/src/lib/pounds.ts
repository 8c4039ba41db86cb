// Money typed in pounds becomes whole pence digit by digit, never through floating point, so
// "1,200,000.10" is exactly 120000010. The API allows up to £10bn; so does this.
export const MAX_PENCE = 1_000_000_000_000;

export type PoundsField = {
  /** As it starts a sentence, such as "Annual value". */
  label: string;
  /** An example of what to type, such as "1,200,000.00". */
  example: string;
  max?: number;
};

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

// 120000010 → "£1,200,000.10"
export function formatPounds(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.trunc(abs / 100);
  return `${sign}£${groupThousands(String(pounds))}.${String(abs - pounds * 100).padStart(2, '0')}`;
}

// 120000010 → "1,200,000.10", for a form field.
export function poundsInput(pence: number): string {
  return formatPounds(pence).replace('£', '');
}

// "1,200,000.00", "£1200000", "1200000.5" → pence. Commas only as thousands separators.
export function parsePounds(text: string, { label, example, max = MAX_PENCE }: PoundsField): { ok: true; value: number } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  const value = text.replace(/\s+/g, '');
  if (value === '') return fail(`Enter the ${label.toLowerCase()}, such as ${example}`);
  if (/^(-|£-|\()/.test(value)) return fail(`${label} cannot be negative`);
  const match = /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/.exec(value);
  if (!match) return fail(`${label} must be an amount in pounds, such as ${example}`);
  const [, grouped = '', fraction = ''] = match;
  if (fraction.length > 2) return fail(`${label} can have at most 2 decimal places (whole pence)`);
  const pounds = grouped.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const tooBig = `${label} must be ${formatPounds(max)} or less`;
  if (pounds.length > String(Math.trunc(max / 100)).length) return fail(tooBig);
  const pence = Number(pounds) * 100 + Number(fraction.padEnd(2, '0'));
  if (pence > max) return fail(tooBig);
  return { ok: true, value: pence };
}
