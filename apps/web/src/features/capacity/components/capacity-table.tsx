import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/data-table';
import { formatFte, sumIntegers } from '../../../lib/units';
import type { CapacityModel } from '../api/capacity.queries';

type Tier = CapacityModel['tiers'][number];

const column = createColumnHelper<Tier>();
const hours = new Intl.NumberFormat('en-GB');

// Exact thousandths: the tiers add up to the demand exactly (the API shares it by largest remainder).
export function CapacityTable({ model }: { model: CapacityModel }) {
  const columns = [
    column.accessor('tier', { header: 'Tier', meta: { rowHeader: true }, enableSorting: false, footer: 'All tiers' }),
    column.accessor('contracts', {
      header: 'Contracts',
      meta: { numeric: true },
      enableSorting: false,
      footer: String(sumIntegers(model.tiers.map((t) => t.contracts))),
    }),
    column.accessor('hoursPerContract', {
      header: 'Hours a year each',
      meta: { numeric: true },
      enableSorting: false,
      cell: (info) => hours.format(info.getValue()),
    }),
    column.accessor('hours', {
      header: 'Hours a year',
      meta: { numeric: true },
      enableSorting: false,
      cell: (info) => hours.format(info.getValue()),
      footer: hours.format(model.hours),
    }),
    column.accessor('fte', {
      header: 'FTE',
      meta: { numeric: true },
      enableSorting: false,
      cell: (info) => formatFte(info.getValue()),
      footer: formatFte(model.demandFte),
    }),
  ];
  return (
    <DataTable
      caption="Contract-management demand by tier"
      data={model.tiers}
      columns={columns}
      getRowId={(t) => t.tier}
      emptyMessage="There are no tiers yet."
    />
  );
}
