import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../components/button';
import { SuccessNotice } from '../../components/notice';
import { Loading, Problem } from '../../components/query-status';
import { useCanEdit } from '../../lib/can-edit';
import { ApprovalHeader } from '../design-authority';
import { type ProgrammeContext, ProgrammePage } from '../tasks';
import { businessCaseOptions, downloadBusinessCase, type BusinessCase } from './api/business-case.queries';
import { AssumptionsForm } from './components/assumptions-form';
import { rateText } from './components/assumptions-values';
import { BusinessCaseTable } from './components/business-case-table';

export function BusinessCasePage() {
  return <ProgrammePage backTo="/approval" backLabel="Go to the approval of all programmes" page={BusinessCaseScreen} />;
}

function Assumptions({ bc }: { bc: BusinessCase }) {
  const a = bc.assumptions;
  const awards = a.payAwards.length ? a.payAwards.map((p) => `${p.financialYear}: ${rateText(p.rateBp)}%`).join('; ') : 'none';
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>Status</dt>
        <dd>{a.decided ? `Decided: “${a.reason}”` : 'Not yet decided: these are the defaults'}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Years</dt>
        <dd>
          {a.horizonYears} years from {a.firstYear}
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>Pay awards assumed</dt>
        <dd>{awards}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Vacancy factor</dt>
        <dd>{rateText(a.vacancyFactorBp)}%</dd>
      </div>
      <div className="summary-list__row">
        <dt>Increments</dt>
        <dd>{a.increments ? 'One SCP a year to the top of the grade' : 'None'}</dd>
      </div>
    </dl>
  );
}

function BusinessCaseScreen({ context }: { context: ProgrammeContext }) {
  const { programme } = context;
  const canEdit = useCanEdit();
  const bc = useQuery(businessCaseOptions(programme.id));
  const download = useMutation({ mutationFn: () => downloadBusinessCase(programme.id) });
  const [flash, setFlash] = useState<string | null>(null);
  return (
    <>
      <ApprovalHeader context={context} current="Business case" title="Business case">
        Business case
      </ApprovalHeader>
      <SuccessNotice message={flash} />
      <p className="lead">
        Each design option over the medium-term financial plan: recurring cost by year from the same full costs as the Finance budget, one-off costs, the
        funding released by agreed deals, and when the case pays back.
      </p>
      {bc.isPending ? (
        <Loading what="business case" />
      ) : bc.isError ? (
        <Problem error={bc.error} />
      ) : (
        <>
          <section aria-labelledby="assumptions-heading">
            <h2 id="assumptions-heading">Assumptions</h2>
            <Assumptions bc={bc.data} />
          </section>
          <section aria-labelledby="options-heading" className="section">
            <h2 id="options-heading">Options side by side</h2>
            {bc.data.options.length === 0 ? (
              <p>No design option has been drafted yet.</p>
            ) : (
              bc.data.options.map((o) => <BusinessCaseTable key={o.optionId} option={o} />)
            )}
            <div className="button-group">
              <Button variant="secondary" isDisabled={download.isPending} onPress={() => download.mutate()}>
                Download the workbook (.xlsx)
              </Button>
            </div>
            <div role="status" aria-live="polite">
              {download.isSuccess && <p>Downloaded {download.data}: an assumptions sheet and a sheet per option, with live formulas.</p>}
            </div>
            {download.isError && (
              <p className="notice notice--error" role="alert">
                {download.error.message}
              </p>
            )}
          </section>
          {canEdit && (
            <section aria-labelledby="decide-heading" className="section">
              <h2 id="decide-heading">Change the assumptions</h2>
              <AssumptionsForm key={JSON.stringify(bc.data.assumptions)} bc={bc.data} onSaved={setFlash} />
            </section>
          )}
        </>
      )}
    </>
  );
}
