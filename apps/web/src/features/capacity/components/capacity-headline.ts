import { formatFteSummary } from '../../../lib/units';

// Whole thousandths rounded half up to tenths, as formatFteSummary shows them.
const tenths = (thousandths: number) => Math.sign(thousandths) * Math.floor((Math.abs(thousandths) + 50) / 100);

// "Demand 9.5 FTE against 19.8 FTE of contract-management time found: a surplus of 10.3 FTE".
// The gap is rounded from the exact figures, not worked out from the rounded ones.
export function capacityHeadline({ demandFte, supplyFte, gapFte }: { demandFte: number; supplyFte: number; gapFte: number }): string {
  const opening = `Demand ${formatFteSummary(demandFte)} against ${formatFteSummary(supplyFte)} of contract-management time found`;
  if (gapFte === 0) return `${opening}: they match exactly`;
  const size = tenths(Math.abs(gapFte)) === 0 ? 'less than 0.1 FTE' : formatFteSummary(Math.abs(gapFte));
  return gapFte > 0 ? `${opening}: a shortfall of ${size}` : `${opening}: a surplus of ${size}`;
}

// Each figure is rounded on its own, so the rounded gap can differ by 0.1 from the difference of the
// rounded demand and supply; say so only when it does.
export function roundingNote({ demandFte, supplyFte, gapFte }: { demandFte: number; supplyFte: number; gapFte: number }): string | null {
  const shown = tenths(Math.abs(gapFte));
  const fromRounded = Math.abs(tenths(demandFte) - tenths(supplyFte));
  return shown === fromRounded
    ? null
    : 'Each figure is rounded on its own to one decimal place, so the gap can differ by 0.1 FTE from the difference of the rounded figures.';
}

// What the model means for the function, in one sentence under the headline.
export function capacityMeaning(gapFte: number): string {
  if (gapFte > 0)
    return 'The target contracts need more contract-management time than the existing posts give: the function needs more capacity than the FTE deals can release from today’s work.';
  if (gapFte < 0)
    return 'There is enough contract-management time in aggregate across the existing posts; the task is to bring it together into the new function through FTE deals.';
  return 'The existing posts give exactly the contract-management time the target contracts need.';
}
