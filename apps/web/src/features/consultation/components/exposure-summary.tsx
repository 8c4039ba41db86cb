import { formatCivilDate } from '../../../lib/format';
import { formatPence } from '../../../lib/units';
import type { ConsultationPlan } from '../api/consultation.queries';

// The most a protective award could cost: per person and in total, with the rule version used.
export function ExposureSummary({ exposure }: { exposure: ConsultationPlan['exposure'] }) {
  if (!exposure.applies) {
    return <p>No protective award can arise: fewer than 20 dismissals are proposed, so there is no collective consultation duty.</p>;
  }
  return (
    <>
      <p>
        {exposure.breached ? 'The plan breaks the collective-consultation rules now. ' : 'The plan keeps the rules now; this is what a breach could cost. '}
        Up to <strong>{exposure.maximumDays} days’ pay</strong> per person ({exposure.rule}, rule {exposure.ruleId} in force on{' '}
        {formatCivilDate(exposure.ruleDate)}
        {exposure.toBeConfirmed ? '; its start date is to be confirmed' : ''}): at most <strong>{formatPence(exposure.totalPence)}</strong>.
      </p>
      <p className="hint">{exposure.basis}</p>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Protective-award exposure per person</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col" className="table__cell--numeric">
                Gross annual pay
              </th>
              <th scope="col" className="table__cell--numeric">
                Maximum award
              </th>
            </tr>
          </thead>
          <tbody>
            {exposure.people.map((p) => (
              <tr key={p.postId}>
                <th scope="row">{p.person}</th>
                <td className="table__cell--numeric">{formatPence(p.annualPayPence)}</td>
                <td className="table__cell--numeric">{formatPence(p.maximumPence)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td />
              <td className="table__cell--numeric">{formatPence(exposure.totalPence)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
