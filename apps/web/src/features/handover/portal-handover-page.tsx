import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState, Loading, Problem } from '../../components/query-status';
import { PortalHeading } from '../portal';
import { type ProgrammeContext, ProgrammePage } from '../tasks';
import { recruitmentPlanOptions } from './api/handover.queries';
import { AnswerForm } from './components/answer-form';
import { PlanTable } from './components/plan-table';
import { ProgressForm } from './components/progress-form';
import { PlanStanding } from './handover-page';
import { SuccessNotice } from '../../components/notice';

export function PortalHandoverPage() {
  return <ProgrammePage backTo="/portal" backLabel="Go to your home page" page={PortalPlan} />;
}

// The interim service manager accepts or returns the plan handed to them, then records its progress.
function PortalPlan({ context }: { context: ProgrammeContext }) {
  const { programme } = context;
  const plan = useQuery(recruitmentPlanOptions(programme.id));
  const [flash, setFlash] = useState<string | null>(null);
  const title = 'Recruitment handover';
  if (plan.isPending)
    return (
      <>
        <PortalHeading context={context} title={title} />
        <Loading what="recruitment plan" />
      </>
    );
  if (plan.isError)
    return (
      <>
        <PortalHeading context={context} title={title} />
        <Problem error={plan.error} />
      </>
    );
  const p = plan.data;
  return (
    <>
      <PortalHeading context={context} title={title} />
      <SuccessNotice message={flash} />
      {!p.canAnswer && !p.canRecordProgress ? (
        <EmptyState>No recruitment plan of this programme has been handed to you.</EmptyState>
      ) : (
        <>
          <PlanStanding plan={p} />
          <PlanTable plan={p} caption={`Recruitment plan for ${programme.name}`} />
          {p.canAnswer && <AnswerForm programmeId={programme.id} onDone={setFlash} />}
          {p.canRecordProgress && (
            <section aria-labelledby="progress-heading" className="section">
              {!p.gate.open && <p className="hint">{p.gate.reason} Recruitment cannot start until it opens.</p>}
              <h2 id="progress-heading">Record progress</h2>
              <ProgressForm plan={p} onDone={setFlash} />
            </section>
          )}
        </>
      )}
    </>
  );
}
