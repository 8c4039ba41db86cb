import type { DomainEvent } from '../shared/decider';
import type { CivilDate } from '../shared/values';
import type { PolicyPack } from './policy-pack';

// One stream per council: `policyPack-<tenantId>_<authorityId>`.
export const POLICY_STREAM_CATEGORY = 'policyPack';

// The whole pack each time, so a version reads on its own in the history.
export type PolicyPackRecorded = DomainEvent<
  'PolicyPackRecorded',
  { authorityId: string; version: number; effectiveFrom: CivilDate; pack: PolicyPack; reason: string }
>;
export type PolicyEvent = PolicyPackRecorded;
