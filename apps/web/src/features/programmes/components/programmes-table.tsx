import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { ProgrammesQuery } from '../../../gql/graphql';
import { formatCivilDate } from '../../../lib/format';
import { ProgrammeStage } from './programme-stage';

export type ProgrammeRow = ProgrammesQuery['programmes'][number] & { authorityName: string };

const column = createColumnHelper<ProgrammeRow>();

const columns = [
  column.accessor('name', { header: 'Programme', meta: { rowHeader: true } }),
  column.accessor('authorityName', {
    header: 'Authority',
    cell: (info) => <Link to={`/authorities/${info.row.original.authorityId}`}>{info.getValue()}</Link>,
  }),
  column.accessor('stage', { header: 'Stage', cell: (info) => <ProgrammeStage stage={info.getValue()} stageDecision={info.row.original.stageDecision} /> }),
  column.accessor('startedOn', { header: 'Started', cell: (info) => formatCivilDate(info.getValue()) }),
  column.accessor('objective', { header: 'Objective', enableSorting: false }),
];

export function ProgrammesTable({ programmes, emptyMessage }: { programmes: readonly ProgrammeRow[]; emptyMessage: string }) {
  return (
    <DataTable
      caption="Programmes"
      captionHidden
      data={programmes}
      columns={columns}
      getRowId={(row) => row.id}
      emptyMessage={emptyMessage}
      initialSorting={[{ id: 'startedOn', desc: true }]}
    />
  );
}
