import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Problem } from '../../components/query-status';
import { useSession } from '../../lib/session';
import { portalProgrammesOptions, recruitmentPlanOptions } from './api/handover.queries';
import { AnswerForm } from './components/answer-form';
import { PlanTable } from './components/plan-table';
import { ProgressForm } from './components/progress-form';
import { PlanStanding } from './handover-page';

function PortalPlan({ programmeId, name }: { programmeId: string; name: string }) {
  const plan = useQuery(recruitmentPlanOptions(programmeId));
  const [flash, setFlash] = useState<string | null>(null);
  if (plan.isPending) return <Loading what="recruitment plan" />;
  if (plan.isError) return <Problem error={plan.error} />;
  const p = plan.data;
  // Only a plan handed to this manager is theirs to answer or to run.
  if (!p.canAnswer && !p.canRecordProgress) return null;
  const headingId = `handover-${programmeId}`;
  return (
    <section aria-labelledby={headingId} className="section">
      <h3 id={headingId}>{name}</h3>
      {flash && <div className="notice notice--success" role="status"><p>{flash}</p></div>}
      <PlanStanding plan={p} />
      <PlanTable plan={p} caption={`Recruitment plan for ${name}`} />
      {p.canAnswer && <AnswerForm programmeId={programmeId} onDone={setFlash} />}
      {p.canRecordProgress && (
        <>
          {!p.gate.open && <p className="hint">{p.gate.reason} Recruitment cannot start until it opens.</p>}
          <h4>Record progress</h4>
          <ProgressForm plan={p} onDone={setFlash} />
        </>
      )}
    </section>
  );
}

// The interim service manager's part of the portal: the plans handed to them.
export function PortalHandover({ authorityId }: { authorityId: string }) {
  const session = useSession();
  const isIsm = session?.me.role === 'INTERIM_SERVICE_MANAGER';
  const programmes = useQuery({ ...portalProgrammesOptions(authorityId), enabled: isIsm });
  if (!isIsm) return null;
  return (
    <section aria-labelledby="portal-handover" className="section">
      <h2 id="portal-handover">Recruitment handover</h2>
      <p className="hint">Recruitment and on-boarding plans the consultancy has handed to you appear here.</p>
      {programmes.isPending ? <Loading what="programmes" />
        : programmes.isError ? <Problem error={programmes.error} />
        : programmes.data.map((p) => <PortalPlan key={p.id} programmeId={p.id} name={p.name} />)}
    </section>
  );
}
