import { formatCivilDate } from '../../../lib/format';
import type { CouncilPolicyView, PolicyPackView } from '../api/policy.queries';

const TAPER: Record<PolicyPackView['payProtection']['taper'], string> = {
  FULL: 'full protection of the former pay',
  STEPPED: 'a share of the difference that falls step by step',
  FROZEN: 'pay frozen at the old rate until the new grade catches up',
};
const range = (below: number | null, above: number | null) =>
  below === null && above === null
    ? 'No grade limit'
    : `From ${below === null ? 'any number of grades' : `${below} grade${below === 1 ? '' : 's'}`} below to ${above === null ? 'any number of grades' : `${above} grade${above === 1 ? '' : 's'}`} above the new post’s grade`;

export function protectionText({ taper, months, steps }: PolicyPackView['payProtection']): string {
  const schedule = taper === 'STEPPED' ? `: ${steps.map((s) => `${s.percentOfDifference}% for ${s.months} months`).join(', then ')}` : '';
  return `${months} months, ${TAPER[taper]}${schedule}`;
}

export function compensationText({ actualWeeksPay, multiplierPercent, maximumWeeks }: PolicyPackView['discretionaryCompensation']): string {
  const basis = actualWeeksPay ? 'on the actual week’s pay (reg. 5)' : 'on the statutory capped week’s pay';
  return multiplierPercent === 100 && !actualWeeksPay
    ? 'Statutory redundancy pay only'
    : `${multiplierPercent / 100}× the statutory weeks ${basis}, at most ${maximumWeeks} weeks’ pay (reg. 6)`;
}

export function noticeText({ defaultWeeks, byGrade }: PolicyPackView['notice']): string {
  const bands = byGrade.map(
    (b) => `Grade ${b.fromGrade}${b.toGrade === null ? ' and above' : b.toGrade === b.fromGrade ? '' : `–${b.toGrade}`}: ${b.weeks} weeks`,
  );
  const other = defaultWeeks === 0 ? 'the statutory minimum only' : `${defaultWeeks} weeks`;
  return [...bands, `${bands.length ? 'Other grades' : 'All grades'}: ${other}`].join('; ');
}

// The pack in force today, with what it is: the council's version or the national default.
export function PolicySummary({ policy }: { policy: CouncilPolicyView }) {
  const { pack, label } = policy.inForce;
  const rows: [string, string][] = [
    ['Slot-in threshold', `${pack.slotInMinimumJobMatchPercent}% job match`],
    ['Ring-fence pools', range(pack.ringFenceGradesBelow, pack.ringFenceGradesAbove)],
    [
      'Trial period',
      pack.trialMaximumWeeks === null
        ? '4 weeks (statutory); no council maximum for a longer agreed trial'
        : `4 weeks (statutory), up to ${pack.trialMaximumWeeks} weeks by written agreement`,
    ],
    ['Pay protection', protectionText(pack.payProtection)],
    ['Discretionary compensation', compensationText(pack.discretionaryCompensation)],
    ['Contractual notice', noticeText(pack.notice)],
    ['Incremental date', pack.incrementalDate === 'APRIL_1' ? '1 April' : 'The anniversary of appointment'],
  ];
  return (
    <>
      <p className="lead">
        {label}
        {policy.inForce.origin === 'COUNCIL' ? '' : '. Rules use these values until the council records its own.'} Read for {formatCivilDate(policy.on)}.
      </p>
      <dl className="summary-list">
        {rows.map(([term, value]) => (
          <div className="summary-list__row" key={term}>
            <dt className="summary-list__key">{term}</dt>
            <dd className="summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
