import { formatPence } from '../../../lib/units';
import type { OptionBusinessCase } from '../api/business-case.queries';
import { rateText } from './assumptions-values';

type Year = OptionBusinessCase['years'][number];
type Line = {
  label: string;
  pick: (y: Pick<Year, Exclude<keyof Year, 'payAward' | 'financialYear' | 'cumulativeNetPence'>>) => number;
  sum?: boolean;
  minus?: boolean;
};

const LINES: Line[] = [
  { label: 'Pay with on-costs, at the tables in force', pick: (y) => y.payPence },
  { label: 'Non-pay', pick: (y) => y.nonPayPence },
  { label: 'Increments', pick: (y) => y.incrementsPence },
  { label: 'Pay-award provision', pick: (y) => y.payAwardPence },
  { label: 'Vacancy saving', pick: (y) => y.vacancySavingPence, minus: true },
  { label: 'Recurring cost', pick: (y) => y.recurringPence, sum: true },
  { label: 'One-off transition costs', pick: (y) => y.oneOffPence },
  { label: 'Funding released by agreed deals', pick: (y) => y.fundingPence },
  { label: 'Net position', pick: (y) => y.netPence, sum: true },
];

const awardNote = (y: Year) =>
  y.payAward.kind === 'agreed' ? 'agreed, in the pay tables' : y.payAward.kind === 'assumed' ? `${rateText(y.payAward.rateBp ?? 0)}% assumed` : 'none assumed';

// One option's case: a column per financial year and the total, each line an exact sum of pence.
export function BusinessCaseTable({ option }: { option: OptionBusinessCase }) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption">
          {option.optionName}
          {option.chosen ? ' (chosen option)' : ''}: payback {option.paybackYear ?? 'not within the plan'}
        </caption>
        <thead>
          <tr>
            <th scope="col">£</th>
            {option.years.map((y) => (
              <th key={y.financialYear} scope="col" className="table__cell--numeric">
                {y.financialYear}
                <span className="hint"> pay award {awardNote(y)}</span>
              </th>
            ))}
            <th scope="col" className="table__cell--numeric">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {LINES.map((line) => {
            const Cell = line.sum ? 'strong' : 'span';
            return (
              <tr key={line.label}>
                <th scope="row">{line.label}</th>
                {option.years.map((y) => (
                  <td key={y.financialYear} className="table__cell--numeric">
                    <Cell>{formatPence(line.minus ? -line.pick(y) : line.pick(y))}</Cell>
                  </td>
                ))}
                <td className="table__cell--numeric">
                  <Cell>{formatPence(line.minus ? -line.pick(option.totals) : line.pick(option.totals))}</Cell>
                </td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">Cumulative net position</th>
            {option.years.map((y) => (
              <td key={y.financialYear} className="table__cell--numeric">
                {formatPence(y.cumulativeNetPence)}
              </td>
            ))}
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
