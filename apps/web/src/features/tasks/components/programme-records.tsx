import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { Loading, Problem } from '../../../components/query-status';
import { humanise } from '../../../lib/format';
import { programmeWorkspaceOptions, type WorkspaceProgramme } from '../api/programme-workspace.queries';

type Row = WorkspaceProgramme & { authorityName: string };

// The read-only programme pages open to auditors (and council staff): the Design Authority pack,
// staff consultation and the recruitment handover.
export const recordLinks = (programmeId: string) => [
  { to: `/programmes/${programmeId}/design-authority/pack`, label: 'Design Authority pack' },
  { to: `/consultation/${programmeId}`, label: 'Consultation' },
  { to: `/handover/${programmeId}`, label: 'Recruitment handover' },
];

const column = createColumnHelper<Row>();

// Every programme the reader may see, with its read-only pages.
export function ProgrammeRecords() {
  const query = useQuery(programmeWorkspaceOptions());
  const rows = useMemo<Row[]>(() => {
    if (!query.data) return [];
    const names = new Map(query.data.authorities.map((a) => [a.id, a.name]));
    return query.data.programmes.map((p) => ({ ...p, authorityName: names.get(p.authorityId) ?? 'Unknown authority' }));
  }, [query.data]);
  const columns = useMemo(
    () => [
      column.accessor('name', { header: 'Programme', meta: { rowHeader: true } }),
      column.accessor('authorityName', { header: 'Authority' }),
      column.accessor('stage', { header: 'Stage', cell: (info) => humanise(info.getValue()) }),
      column.display({
        id: 'records',
        header: 'Read',
        cell: ({ row }) => (
          <ul className="list">
            {recordLinks(row.original.id).map((l) => (
              <li key={l.to}>
                <Link to={l.to}>
                  {l.label}
                  <span className="visually-hidden"> of {row.original.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        ),
      }),
    ],
    [],
  );
  if (query.isPending) return <Loading what="programmes" />;
  if (query.isError) return <Problem error={query.error} />;
  return (
    <DataTable caption="Programmes and their records" data={rows} columns={columns} getRowId={(row) => row.id} emptyMessage="No programme you may read yet." />
  );
}
