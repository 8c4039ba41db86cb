import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/data-table';
import { formatPence, sumIntegers } from '../../../lib/units';
import type { FundingPosition } from './funding-figures';
import { gapText } from './gap-text';

type Year = FundingPosition['byYear'][number];

const column = createColumnHelper<Year>();

function columns(years: readonly Year[]) {
  const total = (pick: (y: Year) => number) => sumIntegers(years.map(pick));
  return [
    column.accessor('financialYear', { header: 'Financial year', meta: { rowHeader: true }, footer: 'All years' }),
    column.accessor('agreedPence', {
      header: 'Agreed',
      meta: { numeric: true },
      cell: (i) => formatPence(i.getValue()),
      footer: formatPence(total((y) => y.agreedPence)),
    }),
    column.accessor('pipelinePence', {
      header: 'In the pipeline',
      meta: { numeric: true },
      cell: (i) => formatPence(i.getValue()),
      footer: formatPence(total((y) => y.pipelinePence)),
    }),
    column.accessor('neededPence', {
      header: 'Needed',
      meta: { numeric: true },
      cell: (i) => formatPence(i.getValue()),
      footer: formatPence(total((y) => y.neededPence)),
    }),
    column.accessor('gapPence', {
      header: 'Gap (needed minus agreed)',
      meta: { numeric: true },
      cell: (i) => gapText(i.getValue()),
      footer: gapText(total((y) => y.gapPence)),
    }),
    column.accessor('indicativePence', {
      header: 'Indicative, not yet graded (not in needed)',
      meta: { numeric: true },
      cell: (i) => formatPence(i.getValue()),
      footer: formatPence(total((y) => y.indicativePence)),
    }),
    column.accessor('oneOffPence', {
      header: 'One-off transition costs (not in needed)',
      meta: { numeric: true },
      cell: (i) => formatPence(i.getValue()),
      footer: formatPence(total((y) => y.oneOffPence)),
    }),
  ];
}

export function FundingYearsTable({ years }: { years: readonly Year[] }) {
  return (
    <DataTable
      caption="Budget by financial year"
      data={years}
      columns={columns(years)}
      getRowId={(row) => row.financialYear}
      emptyMessage="No budget has been offered or needed yet."
      initialSorting={[{ id: 'financialYear', desc: false }]}
    />
  );
}
