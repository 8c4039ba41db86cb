import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../data-table';
import { problemColumnHeading, type ImportProblem } from './import-sheet';

type ProblemRow = ImportProblem & { id: string };

const column = createColumnHelper<ProblemRow>();
const columnsFor = (headings: Readonly<Record<string, string>>) => [
  column.accessor('row', { header: 'Row', meta: { rowHeader: true, numeric: true } }),
  column.accessor((p) => problemColumnHeading(p.column, headings), { id: 'column', header: 'Column' }),
  column.accessor('value', {
    header: 'Value',
    enableSorting: false,
    cell: (info) => info.getValue() || <span className="hint">(empty)</span>,
  }),
  column.accessor('reason', { header: 'Problem', enableSorting: false }),
];

// Every problem, in sheet order, so the whole sheet can be fixed in one go.
export function ImportProblemsTable({ problems, headings }: { problems: readonly ImportProblem[]; headings: Readonly<Record<string, string>> }) {
  const columns = columnsFor(headings);
  const rows = problems.map((p, i) => ({ ...p, id: `${p.row}-${p.column}-${i}` }));
  return <DataTable caption="Problems in the spreadsheet" data={rows} columns={columns} getRowId={(row) => row.id} emptyMessage="No problems." />;
}
