import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import type { EstablishmentAuthoritiesQuery } from '../../gql/graphql';
import { establishmentAuthoritiesOptions } from './api/establishment.queries';

type AuthorityRow = EstablishmentAuthoritiesQuery['authorities'][number];

const column = createColumnHelper<AuthorityRow>();
const columns = [
  column.accessor('name', {
    header: 'Authority',
    meta: { rowHeader: true },
    cell: (info) => <Link to={`/establishment/${info.row.original.id}`}>{info.getValue()}</Link>,
  }),
  column.accessor('kind', { header: 'Kind' }),
  column.accessor((row) => row.serviceCount, { id: 'services', header: 'Services', meta: { numeric: true } }),
];

export function EstablishmentIndexPage() {
  const authorities = useQuery(establishmentAuthoritiesOptions());
  return (
    <>
      <PageHeading title="Establishment">Establishment</PageHeading>
      <p className="lead">The as-is posts of each council: choose a council to see, edit or import its posts.</p>
      {authorities.isPending ? (
        <Loading what="authorities" />
      ) : authorities.isError ? (
        <Problem error={authorities.error} />
      ) : (
        <DataTable
          caption="Councils"
          captionHidden
          data={authorities.data}
          columns={columns}
          getRowId={(row) => row.id}
          emptyMessage="There are no authorities yet."
          initialSorting={[{ id: 'name', desc: false }]}
        />
      )}
    </>
  );
}
