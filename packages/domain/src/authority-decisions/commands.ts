import type { Command } from '../shared/decider';
import type { CivilDate } from '../shared/values';
import type { DesignAuthoritySnapshot } from './snapshot';

// The API passes the authority that runs the programme and, for a portal user, the user's own.
export type DaScope = { programmeAuthorityId: string; actorAuthorityId?: string | null };

export const DA_DECISIONS = ['approved', 'approved_with_conditions', 'deferred', 'rejected'] as const;
export type DaDecision = (typeof DA_DECISIONS)[number];
export type DaCondition = { conditionId: string; text: string; owner: string; dueDate: CivilDate; blocking: boolean };

export type SubmitToDesignAuthority = Command<'SubmitToDesignAuthority', { submissionId: string; snapshot: DesignAuthoritySnapshot }>;
export type RecordDesignAuthorityDecision = Command<
  'RecordDesignAuthorityDecision',
  DaScope & {
    submissionId: string;
    decision: DaDecision;
    conditions?: DaCondition[];
    asksFor?: string;
    reasons?: string;
    meetingDate: CivilDate;
    submittedBy?: string[]; // who made the submission, read by the API from history (separation of duties)
  }
>;
export type DischargeCondition = Command<'DischargeCondition', DaScope & { submissionId: string; conditionId: string; evidence: string }>;

export type DesignAuthorityCommand = SubmitToDesignAuthority | RecordDesignAuthorityDecision | DischargeCondition;
