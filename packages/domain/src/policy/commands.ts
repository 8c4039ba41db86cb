import type { Command } from '../shared/decider';
import type { CivilDate } from '../shared/values';
import type { PolicyPack } from './policy-pack';

// A new version of the council's pack, in force from a civil date; the reason is in the data or
// else the command's metadata.
export type RecordPolicyPack = Command<'RecordPolicyPack', { authorityId: string; effectiveFrom: CivilDate; pack: PolicyPack; reason?: string }>;
export type PolicyCommand = RecordPolicyPack;
