import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { Loading, Problem } from '../../components/query-status';
import { formatCivilDate } from '../../lib/format';
import { formatFte, formatPence } from '../../lib/units';
import { currentFinancialYear } from '../../lib/financial-year';
import { useCanEdit } from '../../lib/can-edit';
import { type ProgrammeContext, ProgrammePage } from '../tasks';
import { designAuthorityOptions, type Submission } from './api/design-authority.queries';
import { ApprovalHeader } from './components/approval-header';
import { ConditionsTable, DecisionRecord } from './components/decision-record';
import { DischargeForm } from './components/discharge-form';
import { GateStatus } from './components/gate-status';
import { decisionLabel, submissionStatusLabel } from './components/gate-text';
import { SubmitForm } from './components/submit-form';
import { SuccessNotice } from '../../components/notice';

export function DesignAuthorityPage() {
  return <ProgrammePage backTo="/approval" backLabel="Go to the approval of all programmes" page={DesignAuthority} />;
}

const column = createColumnHelper<Submission>();

function DesignAuthority({ context }: { context: ProgrammeContext }) {
  const { programme } = context;
  const canEdit = useCanEdit();
  const da = useQuery(designAuthorityOptions(programme.id));
  const [flash, setFlash] = useState<string | null>(null);
  const header = (
    <ApprovalHeader context={context} current={programme.name} title="Design Authority">
      Design Authority
    </ApprovalHeader>
  );
  if (da.isPending)
    return (
      <>
        {header}
        <Loading what="Design Authority submissions" />
      </>
    );
  if (da.isError)
    return (
      <>
        {header}
        <Problem error={da.error} />
      </>
    );

  const { gate, submissions } = da.data;
  const latest = submissions.at(-1);
  const open = latest?.conditions.filter((c) => !c.discharged) ?? [];
  const s = latest?.snapshot;
  return (
    <>
      {header}
      <SuccessNotice message={flash} />
      <GateStatus gate={gate} />
      {latest && s && (
        <section aria-labelledby="latest-heading" className="section">
          <h2 id="latest-heading">Submission of {formatCivilDate(latest.submittedOn)}</h2>
          <DecisionRecord submission={latest} />
          <h3>Snapshot</h3>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>Design option</dt>
              <dd>
                {s.optionName}: {s.posts.length} posts
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Full cost a year</dt>
              <dd>{formatPence(s.totalCostPence)}</dd>
            </div>
            <div className="summary-list__row">
              <dt>Funding gap</dt>
              <dd>
                {formatFte(s.gapFte)} FTE ({formatFte(s.agreedFte)} agreed of {formatFte(s.neededFte)} needed)
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Consultation outline</dt>
              <dd>{s.consultationOutline}</dd>
            </div>
          </dl>
          <p>
            <Link to={`/programmes/${programme.id}/design-authority/pack`}>Open the printable submission pack</Link>
          </p>
          {latest.decision?.decision === 'APPROVED_WITH_CONDITIONS' && (
            <>
              <ConditionsTable conditions={latest.conditions} caption="Conditions of the approval" />
              {canEdit && open.length > 0 && (
                <section aria-labelledby="discharge-heading" className="section">
                  <h3 id="discharge-heading">Discharge a condition</h3>
                  <DischargeForm
                    programmeId={programme.id}
                    submissionId={latest.submissionId}
                    open={open}
                    onDischarged={(text) => setFlash(`Condition discharged: ${text}`)}
                  />
                </section>
              )}
            </>
          )}
        </section>
      )}
      {canEdit && (
        <section aria-labelledby="submit-heading" className="section">
          <h2 id="submit-heading">{latest ? 'Submit again' : 'Submit to the Design Authority'}</h2>
          {latest && <p>A new submission supersedes the one before; its decision and conditions stay in the record.</p>}
          <SubmitForm programmeId={programme.id} financialYear={currentFinancialYear()} onSubmitted={() => setFlash('Submitted to the Design Authority.')} />
        </section>
      )}
      {submissions.length > 1 && (
        <section aria-labelledby="history-heading" className="section">
          <h2 id="history-heading">Every submission</h2>
          <DataTable
            caption="Submissions to the Design Authority, oldest first"
            captionHidden
            data={submissions}
            getRowId={(x) => x.submissionId}
            emptyMessage="Nothing has been submitted."
            columns={[
              column.accessor('submittedOn', { header: 'Submitted', meta: { rowHeader: true }, cell: (i) => formatCivilDate(i.getValue()) }),
              column.accessor('status', { header: 'Status', cell: (i) => submissionStatusLabel(i.getValue()) }),
              column.accessor((x) => (x.decision ? decisionLabel(x.decision.decision) : '–'), { id: 'decision', header: 'Decision' }),
              column.accessor((x) => x.snapshot.totalCostPence, {
                id: 'cost',
                header: 'Full cost a year',
                meta: { numeric: true },
                cell: (i) => formatPence(i.getValue()),
              }),
            ]}
          />
        </section>
      )}
    </>
  );
}
