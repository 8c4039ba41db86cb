import type { CivilDate } from '../shared/values';
import type { DaCondition, DaDecision } from './commands';
import type { DesignAuthorityEvent, DesignAuthoritySubmitted } from './events';
import type { DesignAuthoritySnapshot } from './snapshot';

export type DecisionRecord = { decision: DaDecision; meetingDate: CivilDate; asksFor: string | null; reasons: string | null };
export type ConditionRecord = DaCondition & { discharged: { evidence: string; dischargedOn: CivilDate } | null };
// What the decider, the gate and the read model all need to know about a submission.
export type SubmissionCore = {
  submissionId: string;
  submittedOn: CivilDate;
  supersededBy: string | null;
  decision: DecisionRecord | null;
  conditions: ConditionRecord[];
};
export type SubmissionRecord = SubmissionCore & { snapshot: DesignAuthoritySnapshot };
// Submissions in the order made; the last one is the proposal in front of the Design Authority.
export type DesignAuthorityState = { submissions: SubmissionRecord[] };

export const initialDesignAuthorityState: DesignAuthorityState = { submissions: [] };

export type SubmissionStatus = 'awaiting_decision' | 'superseded' | DaDecision;
export const submissionStatus = (s: SubmissionCore): SubmissionStatus => (s.supersededBy ? 'superseded' : (s.decision?.decision ?? 'awaiting_decision'));

export const latestSubmission = <R extends SubmissionCore>(state: { submissions: R[] }): R | null => state.submissions[state.submissions.length - 1] ?? null;

// Shared by the state and the read model, which keeps a summary instead of the snapshot.
export const evolveSubmissions = <R extends SubmissionCore>(
  submissions: R[],
  event: DesignAuthorityEvent,
  open: (data: DesignAuthoritySubmitted['data']) => R,
): R[] => {
  switch (event.type) {
    case 'DesignAuthoritySubmitted': {
      const { submissionId } = event.data;
      const before = submissions.map((s) => (s.supersededBy === null ? { ...s, supersededBy: submissionId } : s));
      return [...before, open(event.data)];
    }
    case 'DesignAuthorityDecided': {
      const { submissionId, decision, meetingDate, asksFor, reasons, conditions } = event.data;
      return submissions.map((s) =>
        s.submissionId === submissionId
          ? { ...s, decision: { decision, meetingDate, asksFor, reasons }, conditions: conditions.map((c) => ({ ...c, discharged: null })) }
          : s,
      );
    }
    case 'ConditionDischarged': {
      const { submissionId, conditionId, evidence, dischargedOn } = event.data;
      return submissions.map((s) =>
        s.submissionId === submissionId
          ? { ...s, conditions: s.conditions.map((c) => (c.conditionId === conditionId ? { ...c, discharged: { evidence, dischargedOn } } : c)) }
          : s,
      );
    }
    default:
      return submissions;
  }
};

export const evolveDesignAuthority = (state: DesignAuthorityState, event: DesignAuthorityEvent): DesignAuthorityState => ({
  submissions: evolveSubmissions(state.submissions, event, ({ submissionId, snapshot }) => ({
    submissionId,
    submittedOn: snapshot.submittedOn,
    supersededBy: null,
    decision: null,
    conditions: [],
    snapshot,
  })),
});
