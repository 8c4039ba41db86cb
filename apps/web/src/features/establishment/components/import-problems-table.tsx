import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/data-table';
import { problemColumnHeading, type ImportProblem } from './import-sheet';

type ProblemRow = ImportProblem & { id: string };

const column = createColumnHelper<ProblemRow>();
const columns = [
  column.accessor('row', { header: 'Row', meta: { rowHeader: true, numeric: true } }),
  column.accessor((p) => problemColumnHeading(p.column), { id: 'column', header: 'Column' }),
  column.accessor('value', {
    header: 'Value',
    enableSorting: false,
    cell: (info) => info.getValue() || <span className="hint">(empty)</span>,
  }),
  column.accessor('reason', { header: 'Problem', enableSorting: false }),
];

// Every problem, in sheet order, so the whole sheet can be fixed in one go.
export function ImportProblemsTable({ problems }: { problems: readonly ImportProblem[] }) {
  const rows = problems.map((p, i) => ({ ...p, id: `${p.row}-${p.column}-${i}` }));
  return (
    <DataTable
      caption="Problems in the spreadsheet"
      data={rows}
      columns={columns}
      getRowId={(row) => row.id}
      emptyMessage="No problems."
    />
  );
}
