import type { ConsultationPlan } from '../api/consultation.queries';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// Where the s.188 number comes from: the transition map, changed terms (s.195), other plans at the
// establishment within 90 days (s.188(3)), and the number typed on the plan where it differs.
export function DismissalCount({ dismissals }: { dismissals: ConsultationPlan['dismissals'] }) {
  const url = /https?:\/\/\S+/.exec(dismissals.source)?.[0];
  return (
    <section aria-labelledby="count-heading" className="section">
      <h2 id="count-heading">Proposed dismissals counted</h2>
      <dl className="summary-list" aria-label="How the proposed dismissals are counted">
        <div className="summary-list__row">
          <dt>From the transition map</dt>
          <dd>
            {plural(dismissals.derived, 'person', 'people')} put at risk (counted even where a redeployment is recorded)
            {dismissals.changedTerms > 0 && `, of them ${dismissals.changedTerms} placed on a lower grade or fewer hours (s.195)`}
          </dd>
        </div>
        {dismissals.aggregated.map((a) => (
          <div className="summary-list__row" key={a.planId}>
            <dt>Added from another plan</dt>
            <dd>
              {a.title}: {plural(a.dismissals, 'proposed dismissal')} at the same establishment within 90 days, not yet in consultation
            </dd>
          </div>
        ))}
        <div className="summary-list__row">
          <dt>Recorded on the plan</dt>
          <dd>{dismissals.recorded}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Counted for the thresholds</dt>
          <dd>
            <strong>{dismissals.counted}</strong>
          </dd>
        </div>
      </dl>
      {dismissals.differs && (
        <div className="notice" role="note">
          <p>
            The plan records {dismissals.recorded} but the transition map proposes {dismissals.derived}. The thresholds use the larger; update the plan or the
            transition map so they agree.
          </p>
        </div>
      )}
      {dismissals.people.length > 0 && (
        <>
          <h3>Placed on materially different terms (s.195)</h3>
          <ul className="list list--bullet">
            {dismissals.people.map((p) => (
              <li key={p.postId}>
                {p.person}: {p.reasons.join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="hint">Source: {url ? <a href={url}>{dismissals.rule}</a> : dismissals.source}</p>
    </section>
  );
}
