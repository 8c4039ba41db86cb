import { formatCivilDate } from '../../../lib/format';
import { formatFte, formatPence } from '../../../lib/units';
import type { FunctionBudget } from '../api/costing.queries';

const KINDS: Record<string, string> = {
  STATUTORY_REDUNDANCY: 'Statutory redundancy pay',
  DISCRETIONARY_COMPENSATION: 'Discretionary compensation',
  LGPS_STRAIN: 'LGPS strain',
  PAY_PROTECTION: 'Pay protection',
};

// Posts with no grade yet: their indicative figure, shown apart and never in the total.
export function NotGradedPosts({ budget }: { budget: FunctionBudget }) {
  const posts = budget.pay.notGraded;
  if (posts.length === 0) return <p>Every post has a grade, so every post is in the total at its full cost.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption">Indicative, not yet graded, {budget.financialYear}: not in the total</caption>
        <thead>
          <tr>
            <th scope="col">Post</th>
            <th scope="col" className="table__cell--numeric">
              FTE
            </th>
            <th scope="col" className="table__cell--numeric">
              Indicative a year
            </th>
            <th scope="col" className="table__cell--numeric">
              For the days costed
            </th>
          </tr>
        </thead>
        <tbody>
          {posts.map((p) => (
            <tr key={p.designPostId}>
              <th scope="row">{p.title}</th>
              <td className="table__cell--numeric">{formatFte(p.fte)}</td>
              <td className="table__cell--numeric">{formatPence(p.annualPence)}</td>
              <td className="table__cell--numeric">{formatPence(p.pence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// One-off transition costs of the year, beside the recurring budget (lines for the roles that may see exit costs).
export function OneOffCosts({ budget }: { budget: FunctionBudget }) {
  if (budget.oneOffTotalPence === 0) return <p>No one-off transition costs fall in {budget.financialYear}.</p>;
  if (budget.oneOffCosts.length === 0)
    return (
      <p>
        One-off transition costs in {budget.financialYear}: {formatPence(budget.oneOffTotalPence)}.
      </p>
    );
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption">One-off transition costs, {budget.financialYear}: beside the recurring total, not in it</caption>
        <thead>
          <tr>
            <th scope="col">Cost</th>
            <th scope="col">Kind</th>
            <th scope="col">Date</th>
            <th scope="col" className="table__cell--numeric">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {budget.oneOffCosts.map((c, i) => (
            <tr key={i}>
              <th scope="row">{c.label}</th>
              <td>{KINDS[c.kind] ?? c.kind}</td>
              <td>{c.date ? formatCivilDate(c.date) : 'At go-live'}</td>
              <td className="table__cell--numeric">{formatPence(c.pence)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              All one-off costs
            </th>
            <td className="table__cell--numeric">{formatPence(budget.oneOffTotalPence)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
