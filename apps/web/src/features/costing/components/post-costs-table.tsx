import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/data-table';
import { formatFte, formatPence } from '../../../lib/units';
import type { OptionCost } from '../api/costing.queries';

type PostCost = OptionCost['posts'][number];
const column = createColumnHelper<PostCost>();
const money = (key: 'salaryPence' | 'niPence' | 'lgpsPence' | 'levyPence' | 'allowancesPence' | 'totalPence', header: string, total: number) =>
  column.accessor(key, { header, meta: { numeric: true }, cell: (i) => formatPence(i.getValue()), footer: formatPence(total) });

// Each post's full cost for the year, and the sum of each column (the API's own totals).
export function PostCostsTable({ cost }: { cost: OptionCost }) {
  const t = cost.totals;
  return (
    <DataTable
      caption={`Full cost of each post of ${cost.optionName}, ${cost.financialYear}`}
      data={cost.posts}
      getRowId={(p) => p.designPostId}
      emptyMessage="The option has no posts."
      columns={[
        column.accessor('title', { header: 'Post', meta: { rowHeader: true }, footer: 'All posts' }),
        column.accessor('fte', { header: 'FTE', meta: { numeric: true }, cell: (i) => formatFte(i.getValue()) }),
        column.accessor('grade', {
          header: 'Grade',
          cell: (i) => `${i.getValue()} (SCP ${i.row.original.minScp}–${i.row.original.maxScp})${i.row.original.final ? '' : ', provisional'}`,
        }),
        column.accessor((p) => p.basis.scpUsed, { id: 'scp', header: 'SCP used', meta: { numeric: true } }),
        money('salaryPence', 'Salary', t.salaryPence),
        money('niPence', 'Employer NI', t.niPence),
        money('lgpsPence', 'LGPS', t.lgpsPence),
        money('levyPence', 'Apprenticeship levy', t.levyPence),
        money('allowancesPence', 'Allowances', t.allowancesPence),
        money('totalPence', 'Full cost', t.totalPence),
      ]}
    />
  );
}

// Which versions of which tables the figures came from, so a replay reproduces them.
export function TablesUsed({ cost }: { cost: OptionCost }) {
  const first = cost.posts[0]?.basis;
  const unconfirmed = new Set(cost.posts.flatMap((p) => p.basis.unconfirmedTableIds));
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>Reference tables</dt>
        <dd>
          <ul className="list list--plain">
            {cost.tableIds.map((id) => (
              <li key={id}>
                <code>{id}</code>
                {unconfirmed.has(id) ? ' (to be confirmed against the LGA circular)' : ''}
              </li>
            ))}
          </ul>
        </dd>
      </div>
      {first && (
        <div className="summary-list__row">
          <dt>LGPS employer rate</dt>
          <dd>
            {(first.lgpsRate.rateBp / 100).toFixed(2)}% from {first.lgpsRate.effectiveFrom} ({first.lgpsRate.source})
          </dd>
        </div>
      )}
    </dl>
  );
}
