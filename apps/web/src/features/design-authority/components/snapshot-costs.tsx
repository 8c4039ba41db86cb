import { formatCivilDate } from '../../../lib/format';
import { formatPence } from '../../../lib/units';
import type { Submission } from '../api/design-authority.queries';

type Snapshot = Submission['snapshot'];

// Needed minus agreed; a negative gap is a surplus, said so.
export function gapText(pence: number): string {
  if (pence < 0) return `Surplus ${formatPence(-pence)}`;
  if (pence === 0) return 'Fully funded';
  return formatPence(pence);
}

export function signOffText(snapshot: Snapshot): string {
  const s = snapshot.financeSignOff;
  if (!s) return 'Not recorded: submitted before the pack recorded the Finance sign-off.';
  if (!s.signedOff) return `Not signed off: the finance business partner had not signed off the ${snapshot.financialYear ?? 'year’s'} budget.`;
  const on = s.signedOn ? formatCivilDate(s.signedOn) : '';
  return s.current ? `Signed off on ${on}, for these figures.` : `Signed off on ${on}, for other figures: the budget has changed since.`;
}

// The year's recurring cost from the one costing (the Finance budget's total, the funding need);
// posts with no grade yet and one-off transition costs beside it, never in it.
export function SnapshotCosts({ snapshot }: { snapshot: Snapshot }) {
  const year = snapshot.financialYear ? ` ${snapshot.financialYear}` : ' a year';
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>Recurring cost{year} (posts at full cost and non-pay)</dt>
        <dd>{formatPence(snapshot.totalCostPence)}</dd>
      </div>
      {snapshot.nonPay.map((l) => (
        <div className="summary-list__row" key={l.label}>
          <dt>Of which non-pay: {l.label}</dt>
          <dd>{formatPence(l.pence)}</dd>
        </div>
      ))}
      {snapshot.goLiveDate && (
        <div className="summary-list__row">
          <dt>Go-live</dt>
          <dd>{formatCivilDate(snapshot.goLiveDate)}</dd>
        </div>
      )}
      <div className="summary-list__row">
        <dt>Indicative, not yet graded (not in the total)</dt>
        <dd>{formatPence(snapshot.notGradedPence)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>One-off transition costs (not in the total)</dt>
        <dd>
          {formatPence(snapshot.oneOffPence)}
          {snapshot.oneOffCosts.length > 0 && (
            <ul className="list list--bullet">
              {snapshot.oneOffCosts.map((c, i) => (
                <li key={i}>
                  {c.label}: {formatPence(c.pence)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>Finance sign-off</dt>
        <dd>{signOffText(snapshot)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>How it was costed</dt>
        <dd>{snapshot.costingBasis}</dd>
      </div>
    </dl>
  );
}
