import type { DesignAuthorityDecisionKind } from '../../../gql/graphql';
import { formatCivilDate } from '../../../lib/format';
import type { Gate } from '../api/design-authority.queries';

const decisionLabels: Record<DesignAuthorityDecisionKind, string> = {
  APPROVED: 'Approved',
  APPROVED_WITH_CONDITIONS: 'Approved with conditions',
  DEFERRED: 'Deferred',
  REJECTED: 'Rejected',
};

export function decisionLabel(decision: DesignAuthorityDecisionKind): string {
  return decisionLabels[decision];
}

// A submission's status as the API words it: awaiting_decision, superseded or the decision.
export function submissionStatusLabel(status: string): string {
  switch (status) {
    case 'awaiting_decision':
      return 'Awaiting decision';
    case 'superseded':
      return 'Superseded by a later submission';
    case 'approved':
      return 'Approved';
    case 'approved_with_conditions':
      return 'Approved with conditions';
    case 'deferred':
      return 'Deferred';
    case 'rejected':
      return 'Rejected';
    default:
      return status;
  }
}

const quoted = (text: string) => `“${text.trim().replace(/[.\s]+$/, '')}”`;

// What consultation launch and recruitment wait for, in one line: the gate the API computes.
export function gateHeadline(gate: Gate): string {
  const lead = 'Consultation launch and recruitment';
  if (gate.open) return `${lead}: open`;
  const blocking = gate.openBlockingConditions;
  if (gate.decision === 'APPROVED_WITH_CONDITIONS' && blocking.length > 0) {
    const what =
      blocking.length === 1
        ? `the blocking condition ${quoted(blocking[0]!.text)} is discharged (owner ${blocking[0]!.owner}, due ${formatCivilDate(blocking[0]!.dueDate)})`
        : `${blocking.length} blocking conditions are discharged`;
    return `${lead}: blocked until ${what}`;
  }
  switch (gate.decision) {
    case null:
    case undefined:
      return gate.submissionId
        ? `${lead}: blocked until the Design Authority decides on the submission`
        : `${lead}: blocked until the proposal is submitted to the Design Authority and approved`;
    case 'DEFERRED':
      return `${lead}: blocked until a new submission answers what the Design Authority asked for`;
    case 'REJECTED':
      return `${lead}: blocked until a new submission is approved`;
    default:
      return `${lead}: blocked`;
  }
}
