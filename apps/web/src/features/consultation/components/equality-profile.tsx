import { formatCivilDate, humanise } from '../../../lib/format';
import type { ConsultationPlan } from '../api/consultation.queries';

const STAGE_LABEL: Record<string, string> = { in_scope: 'In scope', at_risk: 'At risk', slotted: 'Slotted', redeployed: 'Redeployed', dismissed: 'Dismissed' };

// The EqIA on record and the affected pool at each stage by protected characteristic; any count
// under the threshold is suppressed so no one can be picked out.
export function EqualityProfile({ equality }: { equality: ConsultationPlan['equality'] }) {
  const { assessment, stages, stageTotals, rows, suppressBelow } = equality;
  return (
    <>
      {assessment ? (
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>Equality impact assessment</dt>
            <dd>
              {assessment.documentRef}, {formatCivilDate(assessment.assessedOn)}
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>Findings</dt>
            <dd>{assessment.findings}</dd>
          </div>
        </dl>
      ) : (
        <p className="notice">No equality impact assessment recorded yet.</p>
      )}
      <div className="table-scroll">
        <table className="table">
          <caption className="table__caption">Affected pool by stage (counts under {suppressBelow} suppressed)</caption>
          <thead>
            <tr>
              <th scope="col">Characteristic</th>
              <th scope="col">Group</th>
              {stages.map((s) => (
                <th key={s} scope="col" className="table__cell--numeric">
                  {STAGE_LABEL[s] ?? humanise(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" colSpan={2}>
                Everyone
              </th>
              {stageTotals.map((n, i) => (
                <td key={stages[i]} className="table__cell--numeric">
                  {n}
                </td>
              ))}
            </tr>
            {rows.map((r) => (
              <tr key={`${r.characteristic}-${r.category}`}>
                <th scope="row">{humanise(r.characteristic)}</th>
                <td>{r.category}</td>
                {r.counts.map((n, i) => (
                  <td key={stages[i]} className="table__cell--numeric">
                    {n === null ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">suppressed</span>
                      </>
                    ) : (
                      n
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="hint">The council has not provided protected characteristics for the affected people.</p>}
    </>
  );
}
