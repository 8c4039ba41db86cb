import '../../../components/timeline.css';
import { formatCivilDate } from '../../../lib/format';
import { formatInstant } from '../../../lib/format-instant';
import { stepLabel, type AsIsRow } from './reassignment-labels';

// Every decision for one post, oldest first, with who recorded it, when and why.
export function DecisionHistory({ row, designPostTitle }: { row: AsIsRow; designPostTitle: (id: string) => string | undefined }) {
  if (row.history.length === 0) return <p className="empty-state">No decision has been recorded for this post yet.</p>;
  return (
    <ol className="timeline" aria-label={`Decisions for ${row.reference}, oldest first`}>
      {row.history.map((step, i) => (
        <li key={`${i}-${step.at}`} className="timeline__item">
          <h3 className="timeline__title">{stepLabel(step.type)}</h3>
          {step.designPostId && designPostTitle(step.designPostId) && <p className="timeline__sentence">Post: {designPostTitle(step.designPostId)}</p>}
          {step.effectiveDate && <p className="timeline__sentence">From {formatCivilDate(step.effectiveDate)}</p>}
          <p className="timeline__sentence">Reason: {step.reason}</p>
          <p className="timeline__meta">
            {step.by || 'Unknown'} · {step.at ? <time dateTime={step.at}>{formatInstant(step.at)}</time> : 'an unrecorded time'}
          </p>
        </li>
      ))}
    </ol>
  );
}
