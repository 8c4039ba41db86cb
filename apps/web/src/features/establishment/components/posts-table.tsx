import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { PostsQuery } from '../../../gql/graphql';
import { countLabel } from '../../../lib/format';
import { formatFte, formatPence, sumIntegers } from '../../../lib/units';

export type PostRow = PostsQuery['posts'][number];

const column = createColumnHelper<PostRow>();

// Totals are sums of whole thousandths and whole pence, so they add up exactly.
function postColumns(authorityId: string, rows: readonly PostRow[]) {
  const totalFte = sumIntegers(rows.map((r) => r.fte));
  const totalCost = sumIntegers(rows.map((r) => r.budgetedAnnualCostPence));
  return [
    column.accessor('reference', {
      header: 'Reference',
      meta: { rowHeader: true },
      cell: (info) => (
        <Link to={`/establishment/${authorityId}/posts/${info.row.original.id}`}>
          {info.getValue()}
          <span className="visually-hidden"> (edit)</span>
        </Link>
      ),
      footer: `Total (${countLabel(rows.length, 'post')})`,
    }),
    column.accessor('serviceName', { header: 'Service' }),
    column.accessor('title', { header: 'Title' }),
    column.accessor('grade', { header: 'Grade' }),
    column.accessor((r) => r.scp ?? -1, {
      id: 'scp',
      header: 'SCP',
      meta: { numeric: true },
      cell: (info) => info.row.original.scp ?? '–',
    }),
    column.accessor('fte', {
      header: 'FTE',
      meta: { numeric: true },
      cell: (info) => formatFte(info.getValue()),
      footer: formatFte(totalFte),
    }),
    column.accessor((r) => r.postholderRef ?? '', {
      id: 'postholder',
      header: 'Postholder',
      cell: (info) => info.getValue() || '–',
    }),
    column.accessor('vacant', { header: 'Vacant', cell: (info) => (info.getValue() ? 'Yes' : 'No') }),
    column.accessor('budgetedAnnualCostPence', {
      header: 'Budgeted cost',
      meta: { numeric: true },
      cell: (info) => formatPence(info.getValue()),
      footer: formatPence(totalCost),
    }),
  ];
}

export function PostsTable({
  authorityId,
  caption,
  posts,
  emptyMessage,
}: {
  authorityId: string;
  caption: string;
  posts: readonly PostRow[];
  emptyMessage: string;
}) {
  const columns = useMemo(() => postColumns(authorityId, posts), [authorityId, posts]);
  return (
    <DataTable
      caption={caption}
      data={posts}
      columns={columns}
      getRowId={(row) => row.id}
      emptyMessage={emptyMessage}
      initialSorting={[{ id: 'reference', desc: false }]}
    />
  );
}
