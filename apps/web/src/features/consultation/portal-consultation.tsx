import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { formatCivilDate } from '../../lib/format';
import { useSession } from '../../lib/session';
import { portalProgrammesOptions } from '../handover';
import { consultationPlansOptions } from './api/consultation.queries';

// The HR business partner's way into staff consultation: each programme of their council with its
// plans, where they record disclosures, meetings, outcomes and the equality impact.
export function PortalConsultation({ authorityId }: { authorityId: string }) {
  const isHr = useSession()?.me.role === 'HR_PARTNER';
  const programmes = useQuery({ ...portalProgrammesOptions(authorityId), enabled: isHr });
  const plans = useQueries({ queries: (isHr ? (programmes.data ?? []) : []).map((p) => consultationPlansOptions(p.id)) });
  if (!isHr) return null;
  const failed = programmes.error ?? plans.find((q) => q.error)?.error;
  return (
    <section aria-labelledby="portal-consultation" className="section">
      <h2 id="portal-consultation">Staff consultation</h2>
      {programmes.isPending || plans.some((q) => q.isPending) ? (
        <Loading what="consultation plans" />
      ) : failed ? (
        <Problem error={failed} />
      ) : (
        <ul className="list list--plain">
          {programmes.data!.map((p, i) => {
            const list = plans[i]?.data ?? [];
            return (
              <li key={p.id}>
                <Link to={`/consultation/${p.id}`}>
                  {p.name}
                  <span className="visually-hidden">: consultation</span>
                </Link>
                {list.length === 0 ? (
                  <p className="hint">No consultation plan yet.</p>
                ) : (
                  <ul className="list list--bullet">
                    {list.map((plan) => (
                      <li key={plan.planId}>
                        <Link to={`/consultation/${p.id}/plans/${plan.planId}`}>{plan.title}</Link>
                        <span className="hint"> – {plan.status === 'launched' ? `launched ${formatCivilDate(plan.launchedOn!)}` : 'draft'}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
