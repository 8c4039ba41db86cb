import { invalid } from './errors';
import type { CivilDate } from '../shared/values';
import type { DaDecision } from './commands';
import { latestSubmission, type SubmissionCore } from './state';

export type OpenBlockingCondition = { conditionId: string; text: string; owner: string; dueDate: CivilDate };
export type DesignAuthorityGate = {
  open: boolean;
  reason: string;
  submissionId: string | null;
  decision: DaDecision | null;
  openBlockingConditions: OpenBlockingCondition[];
};
export type GatedAction = 'consultation launch' | 'recruitment';

const sentence = (text: string) => text.trim().replace(/[.\s]+$/, '');

const listed = (conditions: OpenBlockingCondition[]): string => {
  const each = conditions.map((c) => `"${sentence(c.text)}" (owner ${c.owner}, due ${c.dueDate})`);
  const joined = each.length === 1 ? each[0] : `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}`;
  return `${each.length === 1 ? 'condition' : 'conditions'} ${joined} ${each.length === 1 ? 'is' : 'are'} still open`;
};

// Why the gate is shut, as a clause that completes "… until the Design Authority has approved the
// proposal: …"; null when it is open.
const closedBecause = (latest: SubmissionCore | null, blocking: OpenBlockingCondition[]): string | null => {
  if (!latest) return 'nothing has been submitted to it yet';
  const { decision } = latest;
  if (!decision) return `submission ${latest.submissionId} of ${latest.submittedOn} awaits its decision`;
  switch (decision.decision) {
    case 'deferred':
      return `it deferred submission ${latest.submissionId} on ${decision.meetingDate}, asking for: ${sentence(decision.asksFor ?? '')}; make a new submission that answers it`;
    case 'rejected':
      return `it rejected submission ${latest.submissionId} on ${decision.meetingDate}: ${sentence(decision.reasons ?? '')}`;
    case 'approved_with_conditions':
      return blocking.length > 0 ? listed(blocking) : null;
    default:
      return null;
  }
};

// Open only when the latest submission is approved, or approved with conditions whose blocking
// conditions have all been discharged. Non-blocking conditions never hold the gate.
export const designAuthorityGate = (state: { submissions: SubmissionCore[] }): DesignAuthorityGate => {
  const latest = latestSubmission(state);
  const openBlockingConditions = (latest?.conditions ?? [])
    .filter((c) => c.blocking && c.discharged === null)
    .map(({ conditionId, text, owner, dueDate }) => ({ conditionId, text, owner, dueDate }));
  const because = closedBecause(latest, openBlockingConditions);
  const base = { submissionId: latest?.submissionId ?? null, decision: latest?.decision?.decision ?? null, openBlockingConditions };
  if (because !== null) return { ...base, open: false, reason: `The Design Authority gate is closed: ${because}.` };
  const { meetingDate } = latest!.decision!;
  const nonBlocking = latest!.conditions.filter((c) => !c.blocking && c.discharged === null).length;
  const reason =
    latest!.decision!.decision === 'approved'
      ? `The Design Authority approved submission ${latest!.submissionId} on ${meetingDate}.`
      : `The Design Authority approved submission ${latest!.submissionId} with conditions on ${meetingDate}, and every blocking condition has been discharged` +
        (nonBlocking > 0 ? `; ${nonBlocking} non-blocking condition${nonBlocking === 1 ? '' : 's'} remain${nonBlocking === 1 ? 's' : ''} open.` : '.');
  return { ...base, open: true, reason };
};

const cannot: Record<GatedAction, string> = {
  'consultation launch': 'Consultation cannot be launched',
  recruitment: 'Recruitment cannot start',
};

// For the consultation and recruitment deciders: refuse until the gate is open.
export const requireGateOpen = (state: { submissions: SubmissionCore[] }, what: GatedAction): DesignAuthorityGate => {
  const gate = designAuthorityGate(state);
  if (gate.open) return gate;
  const because = closedBecause(latestSubmission(state), gate.openBlockingConditions);
  throw invalid('DESIGN_AUTHORITY_GATE_CLOSED', `${cannot[what]} until the Design Authority has approved the proposal: ${because}.`, {
    submissionId: gate.submissionId,
    decision: gate.decision,
    openBlockingConditions: gate.openBlockingConditions,
  });
};
