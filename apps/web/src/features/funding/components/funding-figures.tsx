import type { FundingPositionQuery } from '../../../gql/graphql';
import { currentFinancialYear } from '../../../lib/financial-year';
import { formatFte } from '../../../lib/units';
import { gapText } from './gap-text';
import '../funding.css';

export type FundingPosition = FundingPositionQuery['fundingPosition'];

// A negative gap means the deals release more than the design needs: a surplus, said so.
export function gapFigure(gapFte: number): { label: string; value: string; surplus: boolean } {
  if (gapFte < 0) return { label: 'Surplus', value: `${formatFte(-gapFte)} FTE`, surplus: true };
  return { label: 'Gap still to fund', value: `${formatFte(gapFte)} FTE`, surplus: false };
}

// Agreed, in the pipeline, needed and the gap: the figures every programme meeting asks for.
// The gap is said in pounds as well as FTE: this year's, from the same costing as the Finance budget.
export function FundingFigures({ position, compact = false, label }: { position: FundingPosition; compact?: boolean; label: string }) {
  const gap = gapFigure(position.gapFte);
  const year = currentFinancialYear();
  const thisYear = position.byYear.find((y) => y.financialYear === year);
  return (
    <ul className={compact ? 'figures figures--compact' : 'figures'} aria-label={label}>
      <li className="figures__item">
        <span className="figures__label">Agreed</span>
        <strong className="figures__value">{formatFte(position.agreedFte)} FTE</strong>
      </li>
      <li className="figures__item">
        <span className="figures__label">In the pipeline</span>
        <strong className="figures__value">{formatFte(position.pipelineFte)} FTE</strong>
      </li>
      <li className="figures__item">
        <span className="figures__label">Needed</span>
        <strong className="figures__value">{formatFte(position.neededFte)} FTE</strong>
      </li>
      <li className={gap.surplus ? 'figures__item figures__item--surplus' : 'figures__item figures__item--gap'}>
        <span className="figures__label">{gap.label}</span>
        <strong className="figures__value">{gap.value}</strong>
      </li>
      {thisYear && (
        <li className={thisYear.gapPence < 0 ? 'figures__item figures__item--surplus' : 'figures__item figures__item--gap'}>
          <span className="figures__label">Gap in pounds, {year}</span>
          <strong className="figures__value">{gapText(thisYear.gapPence)}</strong>
        </li>
      )}
    </ul>
  );
}
