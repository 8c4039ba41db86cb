import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { FteDealsQuery } from '../../../gql/graphql';
import { formatFte, formatPence, sumIntegers } from '../../../lib/units';
import { awaitingLabel } from './deal-labels';
import { formatInstant } from '../../../lib/format-instant';
import { StatusTag } from './status-tag';

export type DealRow = FteDealsQuery['fteDeals'][number];

const column = createColumnHelper<DealRow>();

// "On the table" while negotiating, "agreed" once agreed (a pending amendment is shown on the deal).
export function dealFteLabel(deal: DealRow): string {
  if (deal.status === 'AGREED' || deal.status === 'AMENDMENT_PROPOSED') return `${formatFte(deal.agreedFte ?? deal.fte)} agreed`;
  if (deal.status === 'PROPOSED' || deal.status === 'COUNTERED') return `${formatFte(deal.offerFte ?? deal.fte)} on the table`;
  return `${formatFte(deal.fte)} last offered`;
}

type DealsTableProps = {
  deals: readonly DealRow[];
  caption: string;
  hrefFor: (deal: DealRow) => string;
  emptyMessage: string;
};

export function DealsTable({ deals, caption, hrefFor, emptyMessage }: DealsTableProps) {
  const columns = useMemo(
    () => [
      column.accessor('serviceName', {
        header: 'Service',
        meta: { rowHeader: true },
        cell: (info) => <Link to={hrefFor(info.row.original)}>{info.getValue()}</Link>,
      }),
      column.accessor('status', { header: 'Status', cell: (info) => <StatusTag status={info.getValue()} /> }),
      column.accessor('fte', { header: 'FTE', meta: { numeric: true }, cell: (info) => dealFteLabel(info.row.original) }),
      column.accessor((row) => sumIntegers(row.budget.map((b) => b.pence)), {
        id: 'budget',
        header: 'Budget, all years',
        meta: { numeric: true },
        cell: (info) => formatPence(info.getValue()),
      }),
      column.accessor((row) => awaitingLabel(row.awaiting), { id: 'awaiting', header: 'Waiting for' }),
      column.accessor('rounds', { header: 'Rounds', meta: { numeric: true } }),
      column.accessor((row) => row.lastActivityAt ?? '', {
        id: 'lastActivity',
        header: 'Last activity',
        cell: (info) => (info.getValue() ? formatInstant(info.getValue()) : '–'),
      }),
    ],
    [hrefFor],
  );
  return (
    <DataTable
      caption={caption}
      data={deals}
      columns={columns}
      getRowId={(row) => row.id}
      emptyMessage={emptyMessage}
      initialSorting={[{ id: 'lastActivity', desc: true }]}
    />
  );
}
