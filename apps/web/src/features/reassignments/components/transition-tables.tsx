import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import '../reassignments.css';
import { formatCivilDate } from '../../../lib/format';
import { formatFte, sumIntegers } from '../../../lib/units';
import { outcomeLabel, routeLabel, stepLabel, type AsIsRow, type ToBeRow } from './reassignment-labels';

export type AsIsLine = AsIsRow & { serviceName: string; postholder: string; toBeTitle: string; lastDecision: string; lastAt: string };

const asIs = createColumnHelper<AsIsLine>();
const toBe = createColumnHelper<ToBeRow>();

// The as-is row with what the table shows: the postholder (a pseudonymous reference), the to-be
// post's title and the latest decision.
export function asIsLine(row: AsIsRow, extra: { serviceName?: string; postholderRef?: string | null; toBeTitle?: string }): AsIsLine {
  const last = row.history.at(-1);
  return {
    ...row,
    serviceName: extra.serviceName ?? '',
    postholder: row.vacant ? 'Vacant' : (extra.postholderRef ?? 'Not recorded'),
    toBeTitle: extra.toBeTitle ?? '',
    lastDecision: last ? stepLabel(last.type) : '',
    lastAt: last?.at ?? '',
  };
}

export function AsIsTable({
  programmeId,
  rows,
  caption,
  emptyMessage,
}: {
  programmeId: string;
  rows: readonly AsIsLine[];
  caption: string;
  emptyMessage: string;
}) {
  const columns = useMemo(
    () => [
      asIs.accessor('reference', {
        header: 'Post',
        meta: { rowHeader: true },
        cell: (info) => (
          <Link to={`/people/${programmeId}/posts/${info.row.original.postId}`} className="nowrap">
            {info.getValue()}
          </Link>
        ),
      }),
      asIs.accessor((r) => r.title ?? '', { id: 'title', header: 'Title' }),
      asIs.accessor('serviceName', { header: 'Service' }),
      asIs.accessor('postholder', { header: 'Postholder' }),
      asIs.accessor((r) => outcomeLabel(r.outcome), { id: 'outcome', header: 'Outcome' }),
      asIs.accessor('toBeTitle', {
        header: 'Post in the new function',
        cell: (info) => (info.getValue() ? `${info.getValue()}${info.row.original.route ? ` (${routeLabel(info.row.original.route)})` : ''}` : '–'),
      }),
      asIs.accessor('lastAt', {
        header: 'Last decision',
        cell: (info) => (info.row.original.lastDecision ? `${info.row.original.lastDecision}, ${formatCivilDate(info.getValue())}` : '–'),
      }),
    ],
    [programmeId],
  );
  return (
    <DataTable
      caption={caption}
      data={rows}
      columns={columns}
      getRowId={(r) => r.postId}
      emptyMessage={emptyMessage}
      initialSorting={[{ id: 'reference', desc: false }]}
    />
  );
}

function toBeColumns(rows: readonly ToBeRow[]) {
  return [
    toBe.accessor('title', { header: 'Post', meta: { rowHeader: true }, footer: 'All posts' }),
    toBe.accessor('grade', { header: 'Grade', meta: { numeric: true } }),
    toBe.accessor('fte', {
      header: 'FTE',
      meta: { numeric: true },
      cell: (i) => formatFte(i.getValue()),
      footer: formatFte(sumIntegers(rows.map((r) => r.fte))),
    }),
    toBe.accessor('filledFte', {
      header: 'Filled',
      meta: { numeric: true },
      cell: (i) => formatFte(i.getValue()),
      footer: formatFte(sumIntegers(rows.map((r) => r.filledFte))),
    }),
    toBe.accessor('unfilledFte', {
      header: 'To recruit',
      meta: { numeric: true },
      cell: (i) => formatFte(i.getValue()),
      footer: formatFte(sumIntegers(rows.map((r) => r.unfilledFte))),
    }),
    toBe.accessor((r) => r.sources.map((s) => s.reference).join(', '), {
      id: 'sources',
      header: 'Filled from',
      enableSorting: false,
      cell: (i) =>
        i.row.original.sources.length === 0 ? (
          <span className="hint">Nobody yet: a vacancy</span>
        ) : (
          i.row.original.sources.map((s) => `${s.reference} (${formatFte(s.fte)} FTE, ${routeLabel(s.how)})`).join('; ')
        ),
    }),
  ];
}

export function ToBeTable({ rows }: { rows: readonly ToBeRow[] }) {
  return (
    <DataTable
      caption="Posts of the chosen option and who fills them"
      data={rows}
      columns={toBeColumns(rows)}
      getRowId={(r) => r.designPostId}
      emptyMessage="No design option has been chosen yet, so there are no posts to fill."
    />
  );
}
