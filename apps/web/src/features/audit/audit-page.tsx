import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import type { AuditHomeQuery } from '../../gql/graphql';
import { ProgrammeRecords } from '../tasks';
import { grantedAuthoritiesOptions } from './api/audit.queries';
import './audit.css';

type GrantedAuthority = AuditHomeQuery['authorities'][number];

const column = createColumnHelper<GrantedAuthority>();
const columns = [
  column.accessor('name', { header: 'Authority', meta: { rowHeader: true } }),
  column.accessor('kind', { header: 'Kind' }),
  column.accessor((row) => row.programmes.length, { id: 'programmes', header: 'Programmes', meta: { numeric: true } }),
  column.display({
    id: 'open',
    header: 'Audit',
    cell: ({ row }) => (
      <ul className="list">
        <li>
          <Link to={`/audit/${row.original.id}/history`}>
            Decision history<span className="visually-hidden"> of {row.original.name}</span>
          </Link>
        </li>
        <li>
          <Link to={`/audit/${row.original.id}/changes`}>
            Changes between dates<span className="visually-hidden"> at {row.original.name}</span>
          </Link>
        </li>
        <li>
          <Link to={`/audit/${row.original.id}/verify`}>
            Verify<span className="visually-hidden"> {row.original.name}</span>
          </Link>
        </li>
      </ul>
    ),
  }),
];

export function AuditPage() {
  const authorities = useQuery(grantedAuthoritiesOptions());
  return (
    <>
      <PageHeading title="Audit">Audit</PageHeading>
      <p className="lead">
        You have read-only access to the councils below: read their decision history, compare two dates, verify that nothing was altered or removed, and
        download the sealed decision register.
      </p>
      <h2>Authorities you may audit</h2>
      {authorities.isPending ? (
        <Loading what="authorities" />
      ) : authorities.isError ? (
        <Problem error={authorities.error} />
      ) : (
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
      <h2>Programmes</h2>
      <ProgrammeRecords />
    </>
  );
}
