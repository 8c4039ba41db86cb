import type { DomainEvent } from '../shared/decider';
import type { CivilDate } from '../shared/values';
import type { DaCondition, DaDecision } from './commands';
import type { DesignAuthoritySnapshot } from './snapshot';

// One stream per programme: `designAuthority-<tenantId>_<programmeId>`.
export const DESIGN_AUTHORITY_STREAM_CATEGORY = 'designAuthority';

// `supersedes` names the submission this one replaced, if any.
export type DesignAuthoritySubmitted = DomainEvent<
  'DesignAuthoritySubmitted',
  { submissionId: string; snapshot: DesignAuthoritySnapshot; supersedes: string | null }
>;
export type DesignAuthorityDecided = DomainEvent<
  'DesignAuthorityDecided',
  {
    submissionId: string;
    decision: DaDecision;
    conditions: DaCondition[];
    asksFor: string | null;
    reasons: string | null;
    meetingDate: CivilDate;
  }
>;
export type ConditionDischarged = DomainEvent<'ConditionDischarged', { submissionId: string; conditionId: string; evidence: string; dischargedOn: CivilDate }>;

export type DesignAuthorityEvent = DesignAuthoritySubmitted | DesignAuthorityDecided | ConditionDischarged;
