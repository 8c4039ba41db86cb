import '../../../components/timeline.css';
import type { FteDealQuery, Role } from '../../../gql/graphql';
import { roleLabel } from '../../../lib/roles';
import { formatFte, formatPence } from '../../../lib/units';
import { formatInstant } from '../../../lib/format-instant';
import { sideLabel } from './deal-labels';

export type NegotiationStep = FteDealQuery['fteDeal']['history'][number];

const actionTitles: Record<string, string> = {
  proposed: 'Proposed',
  countered: 'Countered',
  agreed: 'Agreed',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  amendment_proposed: 'Amendment proposed',
  amendment_countered: 'Amendment countered',
  amendment_agreed: 'Amendment agreed',
  amendment_rejected: 'Amendment rejected',
};

// The API sends roles as the domain writes them ("service_director").
function actorRoleLabel(role: string): string {
  return roleLabel(role.toUpperCase() as Role);
}

export function actorLine(step: NegotiationStep): string {
  const behalf = step.onBehalfOfService ? ", on the director's behalf" : '';
  return `${step.actorName}, ${actorRoleLabel(step.actorRole)}${behalf}`;
}

// The negotiation as an auditor replays it, oldest first: what each side did, who did it (and
// whether a consultant answered for the director), when, and why.
export function NegotiationTimeline({ steps }: { steps: readonly NegotiationStep[] }) {
  if (steps.length === 0) return <p className="empty-state">Nothing has been recorded on this deal yet.</p>;
  return (
    <ol className="timeline" aria-label="Negotiation history, oldest first">
      {steps.map((step, i) => (
        <li key={`${i}-${step.at ?? ''}`} className="timeline__item">
          <h3 className="timeline__title">
            {actionTitles[step.action] ?? step.action}
            <span className="timeline__side"> by the {sideLabel(step.side)} side</span>
          </h3>
          <p className="timeline__sentence">{step.sentence}</p>
          {step.reason && !step.sentence.includes(step.reason) && <p>Reason: {step.reason}</p>}
          <p className="timeline__meta">
            <span>{actorLine(step)}</span>
            {' · '}
            {step.at ? <time dateTime={step.at}>{formatInstant(step.at)}</time> : <span>{formatInstant(null)}</span>}
            {' · '}
            <span>
              {formatFte(step.fte)} FTE, {formatPence(step.budgetTotal)}
            </span>
          </p>
        </li>
      ))}
    </ol>
  );
}
