import type { ReactNode } from 'react';
import { formatCivilDate } from '../../../lib/format';
import { formatFte, formatPence } from '../../../lib/units';
import { budgetYears, type DealTerms, type TermsColumn } from './terms-columns';

const notKept = <span className="hint">Not kept for earlier offers</span>;

function cell(column: TermsColumn, full: (terms: DealTerms) => ReactNode, summary?: (s: { fte: number; budgetTotal: number }) => ReactNode) {
  if ('terms' in column) return full(column.terms);
  return summary ? summary(column.summary) : notKept;
}

// The terms side by side: the previous offer and the one on the table, or the agreed terms and a
// pending amendment. Budget is shown per financial year and in total.
export function TermsComparison({ columns }: { columns: readonly TermsColumn[] }) {
  const years = budgetYears(columns);
  const rows: { label: string; render: (c: TermsColumn) => ReactNode; numeric?: boolean }[] = [
    {
      label: 'FTE released',
      numeric: true,
      render: (c) =>
        cell(
          c,
          (t) => `${formatFte(t.fte)} FTE`,
          (s) => `${formatFte(s.fte)} FTE`,
        ),
    },
    ...years.map((year) => ({
      label: `Budget ${year}`,
      numeric: true,
      render: (c: TermsColumn) =>
        cell(c, (t) => {
          const line = t.budget.find((b) => b.financialYear === year);
          return line ? formatPence(line.pence) : <span className="hint">None</span>;
        }),
    })),
    {
      label: 'Budget, all years',
      numeric: true,
      render: (c) =>
        cell(
          c,
          (t) => formatPence(t.budgetTotalPence),
          (s) => formatPence(s.budgetTotal),
        ),
    },
    { label: 'Source posts', render: (c) => cell(c, (t) => t.sourcePosts.map((p) => p.reference).join(', ')) },
    { label: 'Effective date', render: (c) => cell(c, (t) => formatCivilDate(t.effectiveDate)) },
    { label: 'Linked change', render: (c) => cell(c, (t) => t.linkedChange || <span className="hint">None given</span>) },
    { label: 'Rationale', render: (c) => cell(c, (t) => t.rationale) },
  ];
  return (
    <div className="table-scroll">
      <table className="table terms-table">
        <caption className="visually-hidden">Terms of the deal{columns.length > 1 ? ', side by side' : ''}</caption>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.heading}
                {'summary' in c && <span className="terms-table__by"> (by the {c.summary.by})</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {columns.map((c) => (
                <td key={c.key} className={row.numeric ? 'table__cell--numeric' : undefined}>
                  {row.render(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SourcePostsTable({ caption, terms }: { caption: string; terms: DealTerms }) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Post</th>
            <th scope="col">Title</th>
            <th scope="col" className="table__cell--numeric">
              Post FTE now
            </th>
            <th scope="col" className="table__cell--numeric">
              FTE released
            </th>
          </tr>
        </thead>
        <tbody>
          {terms.sourcePosts.map((p) => (
            <tr key={p.postId}>
              <th scope="row">{p.reference}</th>
              <td>{p.title || <span className="hint">Removed from the establishment</span>}</td>
              <td className="table__cell--numeric">{formatFte(p.postFte)}</td>
              <td className="table__cell--numeric">{formatFte(p.fte)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td />
            <td />
            <td className="table__cell--numeric">{formatFte(terms.fte)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
