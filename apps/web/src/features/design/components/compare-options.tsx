import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import type { CompareDesignOptionsQuery } from '../../../gql/graphql';
import { countLabel } from '../../../lib/format';
import { formatFte, formatPence } from '../../../lib/units';
import type { DesignOptionView } from './org-chart-tree';

export type Comparison = CompareDesignOptionsQuery['compareDesignOptions'][number];

type CompareOptionsProps = {
  programmeId: string;
  comparison: readonly Comparison[];
  options: readonly DesignOptionView[];
  onChoose?: (optionId: string) => void;
  choosing?: string | null;
};

// The options side by side, one column each, with the figures a design authority compares.
export function CompareOptions({ programmeId, comparison, options, onChoose, choosing }: CompareOptionsProps) {
  if (comparison.length === 0) return <p className="empty-state">No design option has been drafted yet.</p>;
  const detail = new Map(options.map((o) => [o.id, o]));
  const rows: { label: string; numeric?: boolean; render: (c: Comparison) => ReactNode }[] = [
    { label: 'Posts', numeric: true, render: (c) => c.posts },
    { label: 'FTE', numeric: true, render: (c) => formatFte(c.fte) },
    {
      // the figure the Finance budget and the funding position show for the chosen option
      label: `Full cost ${comparison[0].financialYear} (as the budget)`,
      numeric: true,
      render: (c) => (c.fullCostPence === null ? `Cannot be costed yet: ${c.costingProblem ?? ''}` : formatPence(c.fullCostPence)),
    },
    {
      label: 'Indicative, not yet graded (not in the full cost)',
      numeric: true,
      render: (c) => (c.notGradedPosts === 0 ? 'None' : `${formatPence(c.notGradedPence)} (${countLabel(c.notGradedPosts, 'post')})`),
    },
    { label: 'Layers', numeric: true, render: (c) => detail.get(c.optionId)?.layers ?? '–' },
    {
      label: 'Design checks',
      render: (c) => {
        const messages = detail.get(c.optionId)?.checks.map((k) => k.message) ?? [];
        if (c.checks === 0) return 'None raised';
        return (
          <>
            {countLabel(c.checks, 'check')} raised
            {messages.length > 0 && (
              <ul className="list list--bullet">
                {messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </>
        );
      },
    },
  ];
  return (
    <div className="table-scroll">
      <table className="table compare">
        <caption className="table__caption">Design options side by side</caption>
        <thead>
          <tr>
            <td />
            {comparison.map((c) => (
              <th key={c.optionId} scope="col">
                <Link to={`/design/${programmeId}/options/${c.optionId}`}>{c.name}</Link>
                {c.chosen && (
                  <>
                    {' '}
                    <strong className="tag tag--chosen">Chosen</strong>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {comparison.map((c) => (
                <td key={c.optionId} className={row.numeric ? 'table__cell--numeric' : undefined}>
                  {row.render(c)}
                </td>
              ))}
            </tr>
          ))}
          {onChoose && (
            <tr>
              <th scope="row">Decision</th>
              {comparison.map((c) => (
                <td key={c.optionId}>
                  {c.chosen ? (
                    'The chosen option'
                  ) : (
                    <Button
                      variant="secondary"
                      onPress={() => onChoose(c.optionId)}
                      aria-expanded={choosing === c.optionId}
                      aria-label={`Choose this option: ${c.name}`}
                    >
                      Choose this option
                    </Button>
                  )}
                </td>
              ))}
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
