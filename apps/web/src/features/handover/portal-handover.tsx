import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { useSession } from '../../lib/session';
import { portalProgrammesOptions, recruitmentPlanOptions } from './api/handover.queries';
import { PlanStanding } from './handover-page';

function PortalPlanSummary({ programmeId, name }: { programmeId: string; name: string }) {
  const plan = useQuery(recruitmentPlanOptions(programmeId));
  if (plan.isPending) return <Loading what="recruitment plan" />;
  if (plan.isError) return <Problem error={plan.error} />;
  // Only a plan handed to this manager is theirs to answer or to run.
  if (!plan.data.canAnswer && !plan.data.canRecordProgress) return null;
  const headingId = `handover-${programmeId}`;
  return (
    <section aria-labelledby={headingId} className="section">
      <h3 id={headingId}>{name}</h3>
      <PlanStanding plan={plan.data} />
      <p>
        <Link to={`/portal/handover/${programmeId}`}>
          {plan.data.canAnswer ? 'Accept or return the plan' : 'Record progress'}
          <span className="visually-hidden"> for {name}</span>
        </Link>
      </p>
    </section>
  );
}

// The interim service manager's part of the portal home: the plans handed to them, each with its page.
export function PortalHandover({ authorityId }: { authorityId: string }) {
  const session = useSession();
  const isIsm = session?.me.role === 'INTERIM_SERVICE_MANAGER';
  const programmes = useQuery({ ...portalProgrammesOptions(authorityId), enabled: isIsm });
  if (!isIsm) return null;
  return (
    <section aria-labelledby="portal-handover" className="section">
      <h2 id="portal-handover">Recruitment handover</h2>
      <p className="hint">Recruitment and on-boarding plans the consultancy has handed to you appear here.</p>
      {programmes.isPending ? (
        <Loading what="programmes" />
      ) : programmes.isError ? (
        <Problem error={programmes.error} />
      ) : (
        programmes.data.map((p) => <PortalPlanSummary key={p.id} programmeId={p.id} name={p.name} />)
      )}
    </section>
  );
}
