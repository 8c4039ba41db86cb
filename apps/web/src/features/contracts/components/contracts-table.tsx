import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { countLabel, formatCivilDate } from '../../../lib/format';
import { sumIntegers } from '../../../lib/units';
import type { TargetContract } from '../api/contracts.queries';
import { formatPounds } from '../../../lib/pounds';
import { kpiShortfall, kpisLabel, nextNoticeDue, overdueNotices, riskLabels, riskOrder } from './contract-labels';

const column = createColumnHelper<TargetContract>();

// Totals are sums of whole pence, so they add up exactly.
function contractColumns(programmeId: string, rows: readonly TargetContract[], tierOrder: readonly string[]) {
  return [
    column.accessor('reference', {
      header: 'Reference',
      meta: { rowHeader: true },
      cell: (info) => <Link to={`/contracts/${programmeId}/${info.row.original.id}`}>{info.getValue()}</Link>,
      footer: `Total (${countLabel(rows.length, 'contract')})`,
    }),
    column.accessor('title', { header: 'Title' }),
    column.accessor('supplier', { header: 'Supplier' }),
    column.accessor('serviceName', { header: 'Service' }),
    column.accessor('annualValuePence', {
      header: 'Annual value',
      meta: { numeric: true },
      cell: (info) => formatPounds(info.getValue()),
      footer: formatPounds(sumIntegers(rows.map((r) => r.annualValuePence))),
    }),
    column.accessor('wholeLifeValuePence', {
      header: 'Whole-life value',
      meta: { numeric: true },
      cell: (info) => formatPounds(info.getValue()),
      footer: formatPounds(sumIntegers(rows.map((r) => r.wholeLifeValuePence))),
    }),
    column.accessor('startDate', { header: 'Start', cell: (info) => <span className="contracts-nowrap">{formatCivilDate(info.getValue())}</span> }),
    column.accessor('endDate', { header: 'End', cell: (info) => <span className="contracts-nowrap">{formatCivilDate(info.getValue())}</span> }),
    // Tiers sort in the rules' order (Gold first), not alphabetically.
    column.accessor((c) => tierOrder.indexOf(c.tier), { id: 'tier', header: 'Tier', cell: (info) => info.row.original.tier, sortDescFirst: false }),
    column.accessor((c) => riskOrder.indexOf(c.risk), { id: 'risk', header: 'Risk', cell: (info) => riskLabels[info.row.original.risk] }),
    column.accessor('vfmConcern', {
      header: 'VFM concern',
      cell: (info) => (info.getValue() ? <strong className="stage-tag stage-tag--amber">Yes</strong> : 'No'),
    }),
    column.accessor((c) => c.contractManagerPostReference ?? '', {
      id: 'manager',
      header: 'Contract manager post',
      cell: (info) => info.getValue() || '–',
    }),
    column.accessor((c) => kpiShortfall(c.procurementActDuties), {
      id: 'kpis',
      header: 'KPIs set (of required)',
      cell: (info) => {
        const duties = info.row.original.procurementActDuties;
        const short = info.getValue();
        return (
          <>
            {kpisLabel(duties)}
            {short > 0 && (
              <>
                {' '}
                <strong className="stage-tag stage-tag--red">{short} short</strong>
              </>
            )}
          </>
        );
      },
    }),
    column.accessor((c) => nextNoticeDue(c.procurementActDuties)?.dueDate ?? '9999-12-31', {
      id: 'nextNotice',
      header: 'Next performance notice due',
      cell: (info) => {
        const next = nextNoticeDue(info.row.original.procurementActDuties);
        return next ? <span className="contracts-nowrap">{formatCivilDate(next.dueDate)}</span> : '–';
      },
    }),
    column.accessor((c) => overdueNotices(c.procurementActDuties).length, {
      id: 'overdue',
      header: 'Overdue notices',
      cell: (info) => {
        const overdue = overdueNotices(info.row.original.procurementActDuties);
        if (overdue.length === 0) return info.row.original.procurementActDuties.applies ? 'None' : '–';
        return <strong className="stage-tag stage-tag--red">{overdue.length} overdue</strong>;
      },
    }),
  ];
}

export function ContractsTable({
  programmeId,
  caption,
  contracts,
  tierOrder,
  emptyMessage,
}: {
  programmeId: string;
  caption: string;
  contracts: readonly TargetContract[];
  tierOrder: readonly string[];
  emptyMessage: string;
}) {
  const columns = useMemo(() => contractColumns(programmeId, contracts, tierOrder), [programmeId, contracts, tierOrder]);
  return (
    <DataTable
      caption={caption}
      data={contracts}
      columns={columns}
      getRowId={(row) => row.id}
      emptyMessage={emptyMessage}
      initialSorting={[{ id: 'reference', desc: false }]}
    />
  );
}
