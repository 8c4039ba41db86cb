import { useQueries, useQuery } from '@tanstack/react-query';
import { Loading, Problem } from '../../../components/query-status';
import { programmeWorkspaceOptions } from '../../tasks';
import { fteDealsOptions } from '../api/deal.queries';
import { DealsTable, type DealRow } from './deals-table';

const portalHref = (deal: DealRow) => `/portal/deals/${deal.id}`;

// A service director's own deals, programme by programme (the API answers only their service's).
export function ServiceDeals({ authorityId }: { authorityId: string }) {
  const workspace = useQuery(programmeWorkspaceOptions());
  const programmes = (workspace.data?.programmes ?? []).filter((p) => p.authorityId === authorityId);
  const deals = useQueries({ queries: programmes.map((p) => fteDealsOptions(p.id)) });
  return (
    <section aria-labelledby="service-deals-heading" className="section">
      <h2 id="service-deals-heading">Your service's FTE deals</h2>
      {workspace.isPending ? (
        <Loading what="your deals" />
      ) : workspace.isError ? (
        <Problem error={workspace.error} />
      ) : programmes.length === 0 ? (
        <p className="empty-state">No programme has been started at your council yet.</p>
      ) : (
        programmes.map((programme, i) => {
          const result = deals[i];
          if (!result || result.isPending) return <Loading key={programme.id} what={`deals of ${programme.name}`} />;
          if (result.isError) return <Problem key={programme.id} error={result.error} />;
          return (
            <DealsTable
              key={programme.id}
              deals={result.data}
              caption={`FTE deals in ${programme.name}`}
              hrefFor={portalHref}
              emptyMessage={`No FTE deal has been proposed to your service in ${programme.name} yet.`}
            />
          );
        })
      )}
    </section>
  );
}
