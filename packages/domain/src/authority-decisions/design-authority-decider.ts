import type { CommandMetadata, Decider } from '../shared/decider';
import { conflict, forbidden, invalid, notFound } from './errors';
import { requireNotSponsoredByAuthor } from '../shared/separation';
import { civilDateOf, requireText } from '../shared/values';
import type { DaScope, DesignAuthorityCommand, DischargeCondition, RecordDesignAuthorityDecision, SubmitToDesignAuthority } from './commands';
import { validateDecision } from './decision';
import type { DesignAuthorityEvent } from './events';
import { validateSnapshot } from './snapshot';
import { evolveDesignAuthority, initialDesignAuthorityState, latestSubmission, type DesignAuthorityState, type SubmissionRecord } from './state';

export const MAX_DISCHARGE_EVIDENCE = 2000;

const isDaMemberOf = (metadata: CommandMetadata, scope: DaScope) =>
  metadata.actor.role === 'da_member' && typeof scope.actorAuthorityId === 'string' && scope.actorAuthorityId === scope.programmeAuthorityId;

const findSubmission = (state: DesignAuthorityState, submissionId: string): SubmissionRecord => {
  const found = state.submissions.find((s) => s.submissionId === submissionId);
  if (!found) throw notFound('SUBMISSION_NOT_FOUND', 'There is no such submission to the Design Authority for this programme.', { submissionId });
  return found;
};

// Only the latest submission is in front of the Design Authority; earlier ones are history.
const requireCurrent = (state: DesignAuthorityState, submissionId: string): SubmissionRecord => {
  const found = findSubmission(state, submissionId);
  if (found.supersededBy !== null) {
    throw conflict(
      'SUBMISSION_SUPERSEDED',
      `Submission ${found.submissionId} has been superseded by submission ${latestSubmission(state)!.submissionId}; act on that one instead.`,
      { submissionId, latest: latestSubmission(state)!.submissionId },
    );
  }
  return found;
};

const submit = ({ data, metadata }: SubmitToDesignAuthority, state: DesignAuthorityState): DesignAuthorityEvent => {
  const { role } = metadata.actor;
  if (role !== 'consultant' && role !== 'tenant_admin') {
    throw forbidden('DA_SUBMISSION_NOT_ALLOWED', 'Only consultants and tenant admins submit the proposal to the Design Authority.', { role });
  }
  const submissionId = typeof data.submissionId === 'string' ? data.submissionId.trim() : '';
  if (submissionId === '' || submissionId.length > 100) {
    throw invalid('INVALID_SUBMISSION_ID', 'Submission id must be an id of 1 to 100 characters.', { field: 'submissionId' });
  }
  if (state.submissions.some((s) => s.submissionId === submissionId)) {
    throw conflict('SUBMISSION_ALREADY_EXISTS', `Submission ${submissionId} has already been made.`, { submissionId });
  }
  const snapshot = validateSnapshot(data.snapshot);
  return { type: 'DesignAuthoritySubmitted', data: { submissionId, snapshot, supersedes: latestSubmission(state)?.submissionId ?? null } };
};

// One decision per submission. A deferral is a decision too: the Design Authority decides again
// only on a new submission that answers what it asked for.
const decide = ({ data, metadata }: RecordDesignAuthorityDecision, state: DesignAuthorityState): DesignAuthorityEvent => {
  if (!isDaMemberOf(metadata, data)) {
    throw forbidden(
      'DA_DECISION_NOT_ALLOWED',
      "Only a Design Authority member of the council running this programme can record its decision; ask one of the council's members to record it in the portal.",
      { role: metadata.actor.role },
    );
  }
  const submission = requireCurrent(state, data.submissionId);
  requireNotSponsoredByAuthor(metadata, data.submittedBy, 'DA_MEMBER_INVITED_BY_SUBMITTER', 'this submission');
  if (submission.decision) {
    const { decision, meetingDate } = submission.decision;
    throw invalid(
      'SUBMISSION_ALREADY_DECIDED',
      decision === 'deferred'
        ? `The Design Authority deferred submission ${submission.submissionId} on ${meetingDate}; a deferred submission cannot be decided again. ` +
            'Make a new submission that answers what it asked for, and record the decision on that.'
        : `The Design Authority already decided submission ${submission.submissionId} on ${meetingDate} (${decision.replace(/_/g, ' ')}); ` +
            'to change the outcome, make a new submission.',
      { submissionId: submission.submissionId, decision, needsNewSubmission: true },
    );
  }
  const decided = validateDecision({ ...data, submissionId: submission.submissionId }, { submittedOn: submission.submittedOn, now: metadata.now });
  return { type: 'DesignAuthorityDecided', data: decided };
};

const discharge = ({ data, metadata }: DischargeCondition, state: DesignAuthorityState): DesignAuthorityEvent => {
  const { role } = metadata.actor;
  if (role !== 'consultant' && role !== 'tenant_admin' && !isDaMemberOf(metadata, data)) {
    throw forbidden(
      'CONDITION_DISCHARGE_NOT_ALLOWED',
      "Only consultants, tenant admins and the council's Design Authority members can discharge a condition.",
      { role },
    );
  }
  const submission = requireCurrent(state, data.submissionId);
  const condition = submission.conditions.find((c) => c.conditionId === data.conditionId);
  if (!condition) {
    throw notFound('CONDITION_NOT_FOUND', `Submission ${submission.submissionId} has no condition with this id.`, { conditionId: data.conditionId });
  }
  if (condition.discharged) {
    throw invalid('CONDITION_ALREADY_DISCHARGED', `Condition "${condition.text}" was already discharged on ${condition.discharged.dischargedOn}.`, {
      conditionId: condition.conditionId,
    });
  }
  const evidence = requireText('evidence', data.evidence, { max: MAX_DISCHARGE_EVIDENCE });
  return {
    type: 'ConditionDischarged',
    data: { submissionId: submission.submissionId, conditionId: condition.conditionId, evidence, dischargedOn: civilDateOf(metadata.now) },
  };
};

export const decideDesignAuthority = (command: DesignAuthorityCommand, state: DesignAuthorityState): DesignAuthorityEvent[] => {
  switch (command.type) {
    case 'SubmitToDesignAuthority':
      return [submit(command, state)];
    case 'RecordDesignAuthorityDecision':
      return [decide(command, state)];
    case 'DischargeCondition':
      return [discharge(command, state)];
    default: {
      const unknown: never = command;
      throw new Error(`Unknown Design Authority command ${(unknown as { type: string }).type}`);
    }
  }
};

export const designAuthorityDecider: Decider<DesignAuthorityCommand, DesignAuthorityEvent, DesignAuthorityState> = {
  decide: decideDesignAuthority,
  evolve: evolveDesignAuthority,
  initialState: initialDesignAuthorityState,
};
