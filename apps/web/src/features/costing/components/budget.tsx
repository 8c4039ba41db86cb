import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { ErrorSummary, type FieldProblem } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { formatCivilDate } from '../../../lib/format';
import { newCommandId } from '../../../lib/command-id';
import { formatFte, formatPence } from '../../../lib/units';
import type { FunctionBudget } from '../api/costing.queries';
import { readNonPayRows, rowsOf, type NonPayRow } from './non-pay-lines';
import { useCommand } from '../../../lib/use-command';
import { SetBudgetNonPayLinesDocument, afterCostingChange } from '../api/costing.commands';
import { ChangeFailureNotice } from '../../../components/notice';

// Positive is still to be found; negative is more funding than cost.
export function budgetGapText(pence: number): string {
  if (pence < 0) return `Surplus ${formatPence(-pence)}`;
  if (pence === 0) return 'Fully funded';
  return formatPence(pence);
}

// The total is the year's recurring cost, the funding position's "needed"; what is not in it
// (posts with no grade yet, one-off transition costs) is said apart, beside it.
export function BudgetFigures({ budget }: { budget: FunctionBudget }) {
  const { partYear } = budget;
  return (
    <dl className="summary-list" aria-label={`Function budget ${budget.financialYear}`}>
      <div className="summary-list__row">
        <dt>Pay ({budget.pay.optionName}, middle of each grade)</dt>
        <dd>{formatPence(budget.pay.totals.totalPence)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Non-pay</dt>
        <dd>{formatPence(budget.nonPayTotalPence)}</dd>
      </div>
      {partYear.daysCosted < partYear.daysInYear && (
        <div className="summary-list__row">
          <dt>Part year</dt>
          <dd>
            {partYear.daysCosted} of {partYear.daysInYear} days{partYear.goLiveDate ? `, from the go-live on ${formatCivilDate(partYear.goLiveDate)}` : ''} (a
            whole year is {formatPence(budget.annualTotalPence)})
          </dd>
        </div>
      )}
      <div className="summary-list__row">
        <dt>Total</dt>
        <dd>{formatPence(budget.totalPence)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Funding from agreed FTE deals</dt>
        <dd>{formatPence(budget.fundingPence)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Gap still to find</dt>
        <dd>{budgetGapText(budget.gapPence)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Gap in FTE (needed minus agreed)</dt>
        <dd>{formatFte(budget.gapFte)} FTE</dd>
      </div>
      <div className="summary-list__row">
        <dt>Indicative, not yet graded (not in the total)</dt>
        <dd>{formatPence(budget.notGradedPence)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>One-off transition costs (not in the total)</dt>
        <dd>{formatPence(budget.oneOffTotalPence)}</dd>
      </div>
    </dl>
  );
}

export function SignOffs({ budget }: { budget: FunctionBudget }) {
  if (budget.signOffs.length === 0) return <p>The finance business partner has not signed off the {budget.financialYear} budget yet.</p>;
  return (
    <ul className="list list--bullet">
      {budget.signOffs.map((s, i) => (
        <li key={i}>
          Signed off on {formatCivilDate(s.signedOn)}: total {formatPence(s.totalPence)}, funding {formatPence(s.fundingPence)}, gap {budgetGapText(s.gapPence)}{' '}
          (tables {s.tableIds.join(', ')}; LGPS {(s.lgpsRateBp / 100).toFixed(2)}%). “{s.note}”
          {s.current ? ' These are still today’s figures.' : ' The figures have changed since.'}
        </li>
      ))}
    </ul>
  );
}

export function NonPayLinesTable({ budget }: { budget: FunctionBudget }) {
  if (budget.nonPayLines.length === 0) return <p>No non-pay lines.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption">Non-pay lines, {budget.financialYear}</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col" className="table__cell--numeric">
              A year
            </th>
          </tr>
        </thead>
        <tbody>
          {budget.nonPayLines.map((l, i) => (
            <tr key={i}>
              <th scope="row">{l.label}</th>
              <td className="table__cell--numeric">{formatPence(l.pencePerYear)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All non-pay</th>
            <td className="table__cell--numeric">{formatPence(budget.nonPayTotalPence)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

// The year's non-pay lines, replaced as a whole.
export function NonPayLinesForm({ budget, onSaved }: { budget: FunctionBudget; onSaved: (text: string) => void }) {
  const save = useCommand(SetBudgetNonPayLinesDocument, afterCostingChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [rows, setRows] = useState<NonPayRow[]>([...rowsOf(budget.nonPayLines), { label: '', amount: '' }]);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const setRow = (i: number, patch: Partial<NonPayRow>) => setRows((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const errorOf = (id: string) => problems.find((p) => p.fieldId === id)?.message;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const read = readNonPayRows(rows);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems([]);
    save.mutateAsync({ programmeId: budget.programmeId, financialYear: budget.financialYear, lines: read.lines, commandId }).then(
      () => {
        setCommandId(newCommandId());
        onSaved(`Non-pay lines for ${budget.financialYear} saved.`);
      },
      () => undefined,
    );
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      <ChangeFailureNotice error={save.error} stale="The budget changed meanwhile: reload the page." />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form form--wide">
        {rows.map((row, i) => (
          <fieldset key={i} className="inline-form" aria-label={`Non-pay line ${i + 1}`}>
            <TextField
              id={`non-pay-${i}-label`}
              label={`Line ${i + 1}`}
              value={row.label}
              onChange={(label) => setRow(i, { label })}
              error={errorOf(`non-pay-${i}-label`)}
            />
            <TextField
              id={`non-pay-${i}-amount`}
              label={`Line ${i + 1}, £ a year`}
              width="narrow"
              value={row.amount}
              onChange={(amount) => setRow(i, { amount })}
              error={errorOf(`non-pay-${i}-amount`)}
            />
          </fieldset>
        ))}
        <div className="button-group">
          <Button variant="secondary" onPress={() => setRows((r) => [...r, { label: '', amount: '' }])}>
            Add another line
          </Button>
          <Button type="submit">Save the non-pay lines</Button>
        </div>
        <p role="status" className="hint">
          {save.isPending ? 'Saving…' : ''}
        </p>
      </Form>
    </>
  );
}
