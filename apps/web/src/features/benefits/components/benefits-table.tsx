import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { countLabel, formatCivilDate } from '../../../lib/format';
import { sumIntegers } from '../../../lib/units';
import { formatPounds } from '../../../lib/pounds';
import type { Benefit } from '../api/benefits.queries';
import { statusLabels, statusOrder, statusTagClass } from './benefit-labels';

const column = createColumnHelper<Benefit>();

function benefitColumns(programmeId: string, rows: readonly Benefit[], canEdit: boolean) {
  return [
    column.accessor('title', {
      header: 'Benefit',
      meta: { rowHeader: true },
      cell: (info) => (canEdit ? <Link to={`/benefits/${programmeId}/${info.row.original.id}`}>{info.getValue()}</Link> : info.getValue()),
      footer: `Total (${countLabel(rows.length, 'benefit')})`,
    }),
    column.accessor('cashable', { header: 'Type', cell: (info) => (info.getValue() ? 'Cashable' : 'Non-cashable') }),
    column.accessor('annualAmountPence', {
      header: 'A year',
      meta: { numeric: true },
      cell: (info) => formatPounds(info.getValue()),
      footer: formatPounds(sumIntegers(rows.map((r) => r.annualAmountPence))),
    }),
    column.accessor('owner', { header: 'Owner' }),
    column.accessor('baseline', { header: 'Baseline', enableSorting: false, cell: (info) => info.getValue() || <span className="hint">Not known yet</span> }),
    column.accessor('targetDate', { header: 'Target date', cell: (info) => <span className="benefits-nowrap">{formatCivilDate(info.getValue())}</span> }),
    column.accessor((b) => statusOrder.indexOf(b.status), {
      id: 'status',
      header: 'Status',
      cell: (info) => <span className={statusTagClass[info.row.original.status]}>{statusLabels[info.row.original.status]}</span>,
    }),
    column.accessor((b) => b.statusNote ?? '', { id: 'note', header: 'Latest note', enableSorting: false, cell: (info) => info.getValue() || '–' }),
  ];
}

export function BenefitsTable({ programmeId, benefits, canEdit }: { programmeId: string; benefits: readonly Benefit[]; canEdit: boolean }) {
  const columns = useMemo(() => benefitColumns(programmeId, benefits, canEdit), [programmeId, benefits, canEdit]);
  return (
    <DataTable
      caption="Benefits"
      captionHidden
      data={benefits}
      columns={columns}
      getRowId={(b) => b.id}
      emptyMessage="No benefits have been recorded yet."
      initialSorting={[{ id: 'targetDate', desc: false }]}
    />
  );
}
