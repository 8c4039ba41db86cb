import type { ReactNode } from 'react';
import { formatCivilDate } from '../../../lib/format';
import type { Submission } from '../api/design-authority.queries';
import { decisionLabel, submissionStatusLabel } from './gate-text';

type Condition = Submission['conditions'][number];

// The decision as recorded: what was decided, when, and what was asked for or why.
export function DecisionRecord({ submission }: { submission: Submission }) {
  const { decision } = submission;
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>Submitted</dt>
        <dd>{formatCivilDate(submission.submittedOn)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Status</dt>
        <dd>{submissionStatusLabel(submission.status)}</dd>
      </div>
      {decision && (
        <>
          <div className="summary-list__row">
            <dt>Decision</dt>
            <dd>{decisionLabel(decision.decision)}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Meeting date</dt>
            <dd>{formatCivilDate(decision.meetingDate)}</dd>
          </div>
          {decision.asksFor && (
            <div className="summary-list__row">
              <dt>Asks for</dt>
              <dd>{decision.asksFor}</dd>
            </div>
          )}
          {decision.reasons && (
            <div className="summary-list__row">
              <dt>Reasons</dt>
              <dd>{decision.reasons}</dd>
            </div>
          )}
        </>
      )}
    </dl>
  );
}

// Each condition with its owner, due date and, once met, the evidence. `actions` renders the
// discharge control of an open condition, for those who may discharge it.
export function ConditionsTable({
  conditions,
  caption,
  actions,
}: {
  conditions: readonly Condition[];
  caption: string;
  actions?: (c: Condition) => ReactNode;
}) {
  if (conditions.length === 0) return <p>No conditions.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Condition</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Blocks consultation and recruitment</th>
            <th scope="col">Discharged</th>
          </tr>
        </thead>
        <tbody>
          {conditions.map((c) => (
            <tr key={c.conditionId}>
              <th scope="row">{c.text}</th>
              <td>{c.owner}</td>
              <td>{formatCivilDate(c.dueDate)}</td>
              <td>{c.blocking ? 'Yes' : 'No'}</td>
              <td>
                {c.discharged ? (
                  <>
                    On {formatCivilDate(c.dischargedOn ?? '')}: {c.evidence}
                  </>
                ) : actions ? (
                  actions(c)
                ) : (
                  'Not yet'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
