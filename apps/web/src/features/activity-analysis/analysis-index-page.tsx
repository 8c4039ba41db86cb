import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import type { AnalysisProgrammesQuery } from '../../gql/graphql';
import { formatCivilDate, humanise } from '../../lib/format';
import { analysisProgrammesOptions } from './api/analysis.queries';

type Row = AnalysisProgrammesQuery['programmes'][number] & { authorityName: string };

const column = createColumnHelper<Row>();
const columns = [
  column.accessor('name', {
    header: 'Programme',
    meta: { rowHeader: true },
    cell: (info) => <Link to={`/analysis/${info.row.original.id}`}>{info.getValue()}</Link>,
  }),
  column.accessor('authorityName', { header: 'Authority' }),
  column.accessor('stage', { header: 'Stage', cell: (info) => humanise(info.getValue()) }),
  column.accessor('startedOn', { header: 'Started', cell: (info) => formatCivilDate(info.getValue()) }),
];

export function AnalysisIndexPage() {
  const query = useQuery(analysisProgrammesOptions());
  const rows = useMemo<Row[]>(() => {
    if (!query.data) return [];
    const names = new Map(query.data.authorities.map((a) => [a.id, a.name]));
    return query.data.programmes.map((p) => ({ ...p, authorityName: names.get(p.authorityId) ?? 'Unknown authority' }));
  }, [query.data]);
  return (
    <>
      <PageHeading title="Activity analysis">Activity analysis</PageHeading>
      <p className="lead">How much of each council's time goes on contract management, from the services' activity returns.</p>
      {query.isPending ? (
        <Loading what="programmes" />
      ) : query.isError ? (
        <Problem error={query.error} />
      ) : (
        <DataTable
          caption="Programmes"
          captionHidden
          data={rows}
          columns={columns}
          getRowId={(row) => row.id}
          emptyMessage="No programme has been started yet."
          initialSorting={[{ id: 'startedOn', desc: true }]}
        />
      )}
    </>
  );
}
