import type { DesignAuthorityDecisionKind, RecordDesignAuthorityDecisionInput } from '../../../gql/graphql';
import type { FieldProblem } from '../../../components/error-summary';
import { emptyDateParts, readDateParts, type DateParts } from '../../../lib/civil-date';

export type ConditionFields = { text: string; owner: string; due: DateParts; blocking: boolean };
export type DecisionFields = {
  decision: DesignAuthorityDecisionKind | '';
  meeting: DateParts;
  conditions: ConditionFields[];
  asksFor: string;
  reasons: string;
};

export const emptyCondition: ConditionFields = { text: '', owner: '', due: emptyDateParts, blocking: true };
export const emptyDecision: DecisionFields = { decision: '', meeting: emptyDateParts, conditions: [emptyCondition], asksFor: '', reasons: '' };

export type DecisionInput = Omit<RecordDesignAuthorityDecisionInput, 'programmeId' | 'submissionId' | 'commandId'>;

// The form as the API wants it, or every problem at once, each naming the field it links to.
// Only what the chosen decision needs is sent: conditions, what is asked for, or reasons.
export function readDecision(fields: DecisionFields): { ok: true; input: DecisionInput } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (fields.decision === '') problems.push({ fieldId: 'decision-kind', message: 'Choose the decision' });
  const meeting = readDateParts(fields.meeting, 'the meeting date');
  if (!meeting.ok) problems.push({ fieldId: 'decision-meeting', message: meeting.error });
  const input: DecisionInput = { decision: (fields.decision || 'APPROVED') as DesignAuthorityDecisionKind, meetingDate: meeting.ok ? meeting.value : '' };

  if (fields.decision === 'APPROVED_WITH_CONDITIONS') {
    input.conditions = fields.conditions.map((c, i) => {
      const n = fields.conditions.length > 1 ? ` ${i + 1}` : '';
      if (!c.text.trim()) problems.push({ fieldId: `condition-${i}-text`, message: `Enter condition${n}` });
      if (!c.owner.trim()) problems.push({ fieldId: `condition-${i}-owner`, message: `Enter who owns condition${n}` });
      const due = readDateParts(c.due, `the due date of condition${n}`);
      if (!due.ok) problems.push({ fieldId: `condition-${i}-due`, message: due.error });
      return { text: c.text.trim(), owner: c.owner.trim(), dueDate: due.ok ? due.value : '', blocking: c.blocking };
    });
    if (fields.conditions.length === 0) problems.push({ fieldId: 'condition-add', message: 'Add at least one condition' });
  }
  if (fields.decision === 'DEFERRED') {
    if (!fields.asksFor.trim()) problems.push({ fieldId: 'decision-asks-for', message: 'Enter what the Design Authority asks for before it decides' });
    input.asksFor = fields.asksFor.trim();
  }
  if (fields.decision === 'REJECTED') {
    if (!fields.reasons.trim()) problems.push({ fieldId: 'decision-reasons', message: 'Enter the reasons for rejecting the proposal' });
    input.reasons = fields.reasons.trim();
  }
  return problems.length ? { ok: false, problems } : { ok: true, input };
}
