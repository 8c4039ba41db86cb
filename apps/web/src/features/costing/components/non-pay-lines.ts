import type { FieldProblem } from '../../../components/error-summary';
import { parsePounds, poundsInput } from '../../../lib/pounds';

export type NonPayRow = { label: string; amount: string };

export function rowsOf(lines: readonly { label: string; pencePerYear: number }[]): NonPayRow[] {
  return lines.map((l) => ({ label: l.label, amount: poundsInput(l.pencePerYear) }));
}

// Rows left wholly empty are dropped; any other gap is a problem naming its row.
export function readNonPayRows(
  rows: readonly NonPayRow[],
): { ok: true; lines: { label: string; pencePerYear: number }[] } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const lines: { label: string; pencePerYear: number }[] = [];
  rows.forEach((row, i) => {
    if (!row.label.trim() && !row.amount.trim()) return;
    if (!row.label.trim()) problems.push({ fieldId: `non-pay-${i}-label`, message: `Enter what line ${i + 1} is for` });
    const amount = parsePounds(row.amount, { label: `The amount a year of line ${i + 1}`, example: '24,000.00' });
    if (!amount.ok) problems.push({ fieldId: `non-pay-${i}-amount`, message: amount.error });
    else lines.push({ label: row.label.trim(), pencePerYear: amount.value });
  });
  return problems.length ? { ok: false, problems } : { ok: true, lines };
}
