import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { AuthorityQuery } from '../../../gql/graphql';
import { formatCivilDate } from '../../../lib/format';
import { ProgrammeStage } from '../../programmes';

type ProgrammeRow = AuthorityQuery['authority']['programmes'][number];

const column = createColumnHelper<ProgrammeRow>();

const columns = [
  column.accessor('name', {
    header: 'Programme',
    meta: { rowHeader: true },
    cell: (info) => <Link to={`/analysis/${info.row.original.id}`}>{info.getValue()}</Link>,
  }),
  column.accessor('stage', { header: 'Stage', cell: (info) => <ProgrammeStage stage={info.getValue()} stageDecision={info.row.original.stageDecision} /> }),
  column.accessor('startedOn', { header: 'Started', cell: (info) => formatCivilDate(info.getValue()) }),
  column.accessor('objective', { header: 'Objective', enableSorting: false }),
];

export function AuthorityProgrammesTable({ authorityName, programmes }: { authorityName: string; programmes: readonly ProgrammeRow[] }) {
  return (
    <DataTable
      caption={`Programmes at ${authorityName}`}
      captionHidden
      data={programmes}
      columns={columns}
      getRowId={(row) => row.id}
      emptyMessage="No programme has been started at this authority yet."
      initialSorting={[{ id: 'startedOn', desc: true }]}
    />
  );
}
