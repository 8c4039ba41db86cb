import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { Loading, Problem } from '../../../components/query-status';
import { formatCivilDate } from '../../../lib/format';
import { ProgrammeStage } from '../../programmes';
import { programmeWorkspaceOptions, type WorkspaceProgramme } from '../api/programme-workspace.queries';

type Row = WorkspaceProgramme & { authorityName: string };

const column = createColumnHelper<Row>();

// Every programme, each linking to one section of it (`/deals/:programmeId` and so on).
export function ProgrammeIndex({ basePath, caption }: { basePath: string; caption: string }) {
  const query = useQuery(programmeWorkspaceOptions());
  const rows = useMemo<Row[]>(() => {
    if (!query.data) return [];
    const names = new Map(query.data.authorities.map((a) => [a.id, a.name]));
    return query.data.programmes.map((p) => ({ ...p, authorityName: names.get(p.authorityId) ?? 'Unknown authority' }));
  }, [query.data]);
  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: 'Programme',
        meta: { rowHeader: true },
        cell: (info) => <Link to={`${basePath}/${info.row.original.id}`}>{info.getValue()}</Link>,
      }),
      column.accessor('authorityName', { header: 'Authority' }),
      column.accessor('stage', { header: 'Stage', cell: (info) => <ProgrammeStage stage={info.getValue()} stageDecision={info.row.original.stageDecision} /> }),
      column.accessor('startedOn', { header: 'Started', cell: (info) => formatCivilDate(info.getValue()) }),
    ],
    [basePath],
  );

  if (query.isPending) return <Loading what="programmes" />;
  if (query.isError) return <Problem error={query.error} />;
  return (
    <DataTable
      caption={caption}
      data={rows}
      columns={columns}
      getRowId={(row) => row.id}
      emptyMessage="No programme has been started yet."
      initialSorting={[{ id: 'startedOn', desc: true }]}
    />
  );
}
