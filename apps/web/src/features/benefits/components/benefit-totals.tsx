import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/data-table';
import { sumIntegers } from '../../../lib/units';
import { formatPounds } from '../../../lib/pounds';
import type { BenefitsRegister } from '../api/benefits.queries';
import { statusLabels, statusOrder } from './benefit-labels';

type StatusTotal = BenefitsRegister['totals']['byStatus'][number];

const column = createColumnHelper<StatusTotal>();

// The API's totals, in whole pence: cashable and non-cashable, and every status (none left out).
export function BenefitTotals({ totals }: { totals: BenefitsRegister['totals'] }) {
  const byStatus = [...totals.byStatus].sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status));
  const all = totals.cashablePence + totals.nonCashablePence;
  const columns = [
    column.accessor('status', {
      header: 'Status',
      meta: { rowHeader: true },
      enableSorting: false,
      cell: (info) => statusLabels[info.getValue()],
      footer: 'All benefits',
    }),
    column.accessor('annualAmountPence', {
      header: 'A year',
      meta: { numeric: true },
      enableSorting: false,
      cell: (info) => formatPounds(info.getValue()),
      footer: formatPounds(sumIntegers(byStatus.map((s) => s.annualAmountPence))),
    }),
  ];
  return (
    <>
      <ul className="stage-figures" aria-label="Benefits a year">
        <li className="stage-figures__item">
          <span className="stage-figures__label">Cashable, a year</span>
          <span className="stage-figures__value">{formatPounds(totals.cashablePence)}</span>
        </li>
        <li className="stage-figures__item">
          <span className="stage-figures__label">Non-cashable, a year</span>
          <span className="stage-figures__value">{formatPounds(totals.nonCashablePence)}</span>
        </li>
        <li className="stage-figures__item">
          <span className="stage-figures__label">All benefits, a year</span>
          <span className="stage-figures__value">{formatPounds(all)}</span>
        </li>
      </ul>
      <DataTable caption="Benefits a year by status" data={byStatus} columns={columns} getRowId={(s) => s.status} emptyMessage="No benefits." />
    </>
  );
}
