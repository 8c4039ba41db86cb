import { formatPence } from '../../../lib/units';

// Needed minus agreed; negative is a surplus, and is labelled so rather than shown as a minus sign.
export function gapText(pence: number): string {
  if (pence < 0) return `Surplus ${formatPence(-pence)}`;
  if (pence === 0) return 'Fully funded';
  return formatPence(pence);
}
