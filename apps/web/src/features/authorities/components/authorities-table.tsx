import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { AuthoritiesQuery } from '../../../gql/graphql';

type AuthorityRow = AuthoritiesQuery['authorities'][number];

const column = createColumnHelper<AuthorityRow>();

const columns = [
  column.accessor('name', {
    header: 'Authority',
    meta: { rowHeader: true },
    cell: (info) => <Link to={`/authorities/${info.row.original.id}`}>{info.getValue()}</Link>,
  }),
  column.accessor('kind', { header: 'Kind' }),
  column.accessor((row) => row.directorateCount, {
    id: 'directorates',
    header: 'Directorates',
    meta: { numeric: true },
  }),
  column.accessor((row) => row.serviceCount, {
    id: 'services',
    header: 'Services',
    meta: { numeric: true },
  }),
  column.accessor((row) => row.programmes, {
    id: 'programmes',
    header: 'Programmes',
    enableSorting: false,
    cell: (info) => {
      const programmes = info.getValue();
      if (programmes.length === 0) return 'None yet';
      return (
        <ul className="list list--plain">
          {programmes.map((programme) => (
            <li key={programme.id}>{programme.name}</li>
          ))}
        </ul>
      );
    },
  }),
];

export function AuthoritiesTable({ authorities }: { authorities: readonly AuthorityRow[] }) {
  return (
    <DataTable
      caption="Authorities you work with"
      captionHidden
      data={authorities}
      columns={columns}
      getRowId={(row) => row.id}
      emptyMessage="There are no authorities yet."
      initialSorting={[{ id: 'name', desc: false }]}
    />
  );
}
