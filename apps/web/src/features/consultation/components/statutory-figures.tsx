import { formatCivilDate } from '../../../lib/format';
import type { ConsultationPlan } from '../api/consultation.queries';
import { daysText } from './timeline-layout';

// The statutory period and HR1 deadline, from the rule versions in force on the plan's dates.
export function StatutoryFigures({ plan }: { plan: ConsultationPlan }) {
  const f = plan.figures;
  const date = (d: string | null, missing: string) => (d ? formatCivilDate(d) : missing);
  return (
    <dl className="summary-list" aria-label="Statutory figures">
      <div className="summary-list__row">
        <dt>Establishment</dt>
        <dd>{plan.establishment}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Proposed dismissals</dt>
        <dd>
          {plan.dismissals.counted} at this establishment within 90 days ({plan.dismissals.rule})
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>Statutory minimum period</dt>
        <dd>
          {f.collectiveRequired && f.minimumDays !== null ? (
            <>
              {daysText(f.minimumDays)} before the first dismissal takes effect ({f.collectiveRule})
            </>
          ) : (
            <>None: fewer than 20 proposed dismissals, so individual consultation only ({f.collectiveRule})</>
          )}
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>HR1 deadline</dt>
        <dd>
          {f.hr1Required ? (
            <>
              {date(f.hr1Deadline, 'Plan the first dismissal to see it')}
              {f.hr1LeadDays !== null && (
                <>
                  {' '}
                  ({daysText(f.hr1LeadDays)} before the first dismissal, {f.hr1Rule}
                  {f.hr1OnlineFormOnly ? '; online form only' : ''})
                </>
              )}
            </>
          ) : (
            'Not needed'
          )}
        </dd>
      </div>
      {f.collectiveRequired && (
        <div className="summary-list__row">
          <dt>Earliest first dismissal</dt>
          <dd>{date(f.earliestFirstDismissal, 'Plan the consultation start to see it')}</dd>
        </div>
      )}
      <div className="summary-list__row">
        <dt>Rules in force</dt>
        <dd>
          On {formatCivilDate(f.ruleDate)}: {f.collectiveRuleId}, {f.hr1RuleId}
        </dd>
      </div>
    </dl>
  );
}
