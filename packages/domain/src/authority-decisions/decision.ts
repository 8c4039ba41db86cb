import { invalid } from './errors';
import { civilDateOf, requireCivilDate, requireText, type CivilDate } from '../shared/values';
import { DA_DECISIONS, type DaCondition, type DaDecision, type RecordDesignAuthorityDecision } from './commands';
import type { DesignAuthorityDecided } from './events';

export const daDecisions: readonly DaDecision[] = DA_DECISIONS;
export const MAX_CONDITIONS = 50;
export const MAX_CONDITION_TEXT = 1000;
export const MAX_CONDITION_OWNER = 120;
export const MAX_DECISION_TEXT = 2000;

const condition = (c: DaCondition, index: number): DaCondition => {
  const conditionId = typeof c?.conditionId === 'string' ? c.conditionId.trim() : '';
  if (conditionId === '' || conditionId.length > 100) {
    throw invalid('INVALID_CONDITION', `Condition ${index + 1} needs an id of 1 to 100 characters.`, { field: 'conditions', index });
  }
  const text = requireText('conditionText', c.text, { max: MAX_CONDITION_TEXT });
  const owner = requireText('conditionOwner', c.owner, { max: MAX_CONDITION_OWNER });
  const dueDate = requireCivilDate('conditionDueDate', c.dueDate);
  if (typeof c.blocking !== 'boolean') {
    throw invalid('INVALID_CONDITION', `Condition "${text}": say whether it must be met before consultation and recruitment (blocking) or not.`, {
      field: 'conditions',
      index,
    });
  }
  return { conditionId, text, owner, dueDate, blocking: c.blocking };
};

const optionalText = (field: string, value: unknown): string | null =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? null : requireText(field, value, { max: MAX_DECISION_TEXT });

// Conditions belong to an approval with conditions and only to it; a deferral says what the
// Design Authority asks for; a rejection gives its reasons. Reasons may accompany any decision.
export const validateDecision = (
  data: RecordDesignAuthorityDecision['data'],
  { submittedOn, now }: { submittedOn: CivilDate; now: string },
): DesignAuthorityDecided['data'] => {
  const { decision } = data;
  if (!daDecisions.includes(decision)) {
    throw invalid('INVALID_DA_DECISION', `Decision must be approved, approved with conditions, deferred or rejected; got ${JSON.stringify(decision)}.`, {
      field: 'decision',
    });
  }
  const meetingDate = requireCivilDate('meetingDate', data.meetingDate);
  if (meetingDate < submittedOn || meetingDate > civilDateOf(now)) {
    throw invalid(
      'INVALID_MEETING_DATE',
      `The meeting date ${meetingDate} must fall between the submission date ${submittedOn} and today; record the decision once the meeting has taken place.`,
      { field: 'meetingDate' },
    );
  }
  const given = data.conditions ?? [];
  if (!Array.isArray(given) || given.length > MAX_CONDITIONS) {
    throw invalid('INVALID_CONDITION', `List at most ${MAX_CONDITIONS} conditions.`, { field: 'conditions', max: MAX_CONDITIONS });
  }
  if (decision === 'approved_with_conditions' && given.length === 0) {
    throw invalid('DA_CONDITIONS_REQUIRED', 'An approval with conditions needs at least one condition: its text, owner, due date and whether it is blocking.', {
      field: 'conditions',
    });
  }
  if (decision !== 'approved_with_conditions' && given.length > 0) {
    throw invalid('DA_CONDITIONS_NOT_ALLOWED', 'Only an approval with conditions carries conditions; choose "approved with conditions" or remove them.', {
      field: 'conditions',
    });
  }
  const conditions = given.map(condition);
  const twice = conditions.find((c, i) => conditions.findIndex((o) => o.conditionId === c.conditionId) !== i);
  if (twice)
    throw invalid('CONDITION_LISTED_TWICE', `Condition "${twice.text}" reuses the id of another condition; give each its own.`, { field: 'conditions' });
  const asksFor = optionalText('asksFor', data.asksFor);
  if (decision === 'deferred' && asksFor === null) {
    throw invalid(
      'DA_ASKS_FOR_REQUIRED',
      'A deferral must say what the Design Authority asks for before it decides, so the team can prepare a new submission.',
      {
        field: 'asksFor',
      },
    );
  }
  const reasons = optionalText('reasons', data.reasons);
  if (decision === 'rejected' && reasons === null) {
    throw invalid('DA_REASONS_REQUIRED', 'A rejection must give the Design Authority’s reasons.', { field: 'reasons' });
  }
  return { submissionId: data.submissionId, decision, conditions, asksFor, reasons, meetingDate };
};
