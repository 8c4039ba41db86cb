import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import type { AuditHomeQuery } from '../../gql/graphql';
import { grantedAuthoritiesOptions } from './api/audit.queries';

type GrantedAuthority = AuditHomeQuery['authorities'][number];

const column = createColumnHelper<GrantedAuthority>();
const columns = [
  column.accessor('name', { header: 'Authority', meta: { rowHeader: true } }),
  column.accessor('kind', { header: 'Kind' }),
  column.accessor((row) => row.programmes.length, { id: 'programmes', header: 'Programmes', meta: { numeric: true } }),
];

export function AuditPage() {
  const authorities = useQuery(grantedAuthoritiesOptions());
  return (
    <>
      <PageHeading title="Audit">Audit</PageHeading>
      <p className="lead">
        You have read-only access to the councils below. Their decision history will be available here.
      </p>
      <h2>Authorities you may audit</h2>
      {authorities.isPending ? <Loading what="authorities" />
        : authorities.isError ? <Problem error={authorities.error} />
        : (
          <DataTable
            caption="Authorities you may audit"
            captionHidden
            data={authorities.data}
            columns={columns}
            getRowId={(row) => row.id}
            emptyMessage="You have not been granted access to any authority yet."
            initialSorting={[{ id: 'name', desc: false }]}
          />
        )}
    </>
  );
}
