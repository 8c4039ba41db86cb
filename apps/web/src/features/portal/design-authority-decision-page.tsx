import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { formatCivilDate } from '../../lib/format';
import { designAuthorityOptions, ConditionsTable, DecisionRecord, DecisionForm, DischargeForm, GateStatus, SnapshotDetails } from '../design-authority';
import { type ProgrammeContext, ProgrammePage } from '../tasks';
import { PortalHeading } from './components/portal-heading';
import { SuccessNotice } from '../../components/notice';

export function DesignAuthorityDecisionPage() {
  return <ProgrammePage backTo="/portal" backLabel="Go to your home page" page={Decision} />;
}

// A Design Authority member reads the frozen proposal and records the meeting's decision.
function Decision({ context }: { context: ProgrammeContext }) {
  const { programme } = context;
  const da = useQuery(designAuthorityOptions(programme.id));
  const [flash, setFlash] = useState<string | null>(null);
  const title = 'Design Authority decision';
  if (da.isPending)
    return (
      <>
        <PortalHeading context={context} title={title} />
        <Loading what="submission" />
      </>
    );
  if (da.isError)
    return (
      <>
        <PortalHeading context={context} title={title} />
        <Problem error={da.error} />
      </>
    );
  const latest = da.data.submissions.at(-1);
  const open = latest?.conditions.filter((c) => !c.discharged) ?? [];

  return (
    <>
      <PortalHeading context={context} title={title} />
      <SuccessNotice message={flash} />
      <GateStatus gate={da.data.gate} />
      {!latest ? (
        <p className="empty-state">Nothing has been submitted to the Design Authority yet.</p>
      ) : (
        <>
          <section aria-labelledby="record-heading" className="section">
            <h2 id="record-heading">Submission of {formatCivilDate(latest.submittedOn)}</h2>
            <DecisionRecord submission={latest} />
            <p>
              <Link to={`/programmes/${programme.id}/design-authority/pack`}>Open the printable submission pack</Link>
            </p>
            {latest.conditions.length > 0 && <ConditionsTable conditions={latest.conditions} caption="Conditions of the approval" />}
          </section>
          {latest.status === 'awaiting_decision' && (
            <section aria-labelledby="decide-heading" className="section">
              <h2 id="decide-heading">Record the decision</h2>
              <DecisionForm programmeId={programme.id} submissionId={latest.submissionId} onDecided={(text) => setFlash(`Decision recorded: ${text}.`)} />
            </section>
          )}
          {latest.decision?.decision === 'APPROVED_WITH_CONDITIONS' && open.length > 0 && (
            <section aria-labelledby="discharge-heading" className="section">
              <h2 id="discharge-heading">Discharge a condition</h2>
              <DischargeForm
                programmeId={programme.id}
                submissionId={latest.submissionId}
                open={open}
                onDischarged={(text) => setFlash(`Condition discharged: ${text}`)}
              />
            </section>
          )}
          <section aria-labelledby="proposal-heading" className="section">
            <h2 id="proposal-heading">The proposal as submitted</h2>
            <SnapshotDetails snapshot={latest.snapshot} headingLevel={3} idPrefix="proposal" />
          </section>
        </>
      )}
    </>
  );
}
