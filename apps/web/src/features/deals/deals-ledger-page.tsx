import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { SelectField } from '../../components/select-field';
import type { DealStatus } from '../../gql/graphql';
import { useSession } from '../../lib/session';
import { FundingSummary } from '../funding';
import { type ProgrammeContext, AwaitingTasks, ProgrammeHeader, ProgrammePage } from '../tasks';
import { fteDealsOptions } from './api/deal.queries';
import { dealStatuses, dealStatusLabel } from './components/deal-labels';
import { DealsTable, type DealRow } from './components/deals-table';
import './deals.css';

const allStatuses = 'all';

export function DealsLedgerPage() {
  return <ProgrammePage backTo="/deals" backLabel="Go to the FTE deals of all programmes" page={Ledger} />;
}

function Ledger({ context }: { context: ProgrammeContext }) {
  const { programme } = context;
  // The filter lives in the address, so a filtered ledger can be shared.
  const [params, setParams] = useSearchParams();
  const status = params.get('status') as DealStatus | null;
  const session = useSession();
  const deals = useQuery(fteDealsOptions(programme.id));
  const hrefFor = useCallback((deal: DealRow) => `/deals/${programme.id}/${deal.id}`, [programme.id]);
  const canPropose = session?.me.role === 'CONSULTANT' || session?.me.role === 'TENANT_ADMIN';
  const options = [{ id: allStatuses, label: 'All deals' }, ...dealStatuses.map((s) => ({ id: s, label: dealStatusLabel(s) }))];
  const shown = (deals.data ?? []).filter((d) => !status || d.status === status);

  return (
    <>
      <ProgrammeHeader context={context} index={{ to: '/deals', label: 'FTE deals' }} current={programme.name} title="FTE deals">
        FTE deals
      </ProgrammeHeader>
      <p className="lead">What each service releases into the new function, and where each negotiation stands.</p>
      {canPropose && (
        <div className="button-group section-actions">
          <Link to={`/deals/${programme.id}/new`} className="button button--secondary">
            Propose a deal
          </Link>
        </div>
      )}
      <FundingSummary programmeId={programme.id} />
      <AwaitingTasks audience="workspace" programmeId={programme.id} />
      <section aria-labelledby="ledger-heading" className="section">
        <h2 id="ledger-heading">Deal ledger</h2>
        <div className="filters">
          <SelectField
            label="Status"
            options={options}
            value={status ?? allStatuses}
            onChange={(id) => setParams(id === allStatuses ? {} : { status: id }, { replace: true })}
          />
        </div>
        {deals.isPending ? (
          <Loading what="deals" />
        ) : deals.isError ? (
          <Problem error={deals.error} />
        ) : (
          <DealsTable
            deals={shown}
            caption={status ? `${dealStatusLabel(status)} deals` : 'All deals'}
            hrefFor={hrefFor}
            emptyMessage={status ? `No deal is ${dealStatusLabel(status).toLowerCase()}.` : 'No deal has been proposed yet.'}
          />
        )}
      </section>
    </>
  );
}
