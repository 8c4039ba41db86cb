import type { Decider } from '../shared/decider';
import { requireCivilDate, requireId, requireText } from '../shared/values';
import type { PolicyCommand, RecordPolicyPack } from './commands';
import type { PolicyEvent } from './events';
import { MAX_POLICY_REASON } from './policy-pack';
import { evolvePolicy, initialPolicyState, type PolicyState } from './state';
import { requirePolicyPack } from './validation';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const recordPolicyPack = ({ data, metadata }: RecordPolicyPack, state: PolicyState): PolicyEvent[] => {
  const authorityId = requireId('authorityId', data.authorityId);
  const effectiveFrom = requireCivilDate('effectiveFrom', data.effectiveFrom);
  const pack = requirePolicyPack(data.pack);
  const reason = requireText('reason', data.reason ?? metadata.reason ?? '', { max: MAX_POLICY_REASON });
  // The same pack again from the same date changes nothing: the version already recorded stands.
  const latest = state.versions.filter((v) => v.effectiveFrom === effectiveFrom).at(-1);
  if (latest && same(latest.pack, pack)) return [];
  return [{ type: 'PolicyPackRecorded', data: { authorityId, version: state.versions.length + 1, effectiveFrom, pack, reason } }];
};

export const decidePolicy = (command: PolicyCommand, state: PolicyState): PolicyEvent[] => {
  switch (command.type) {
    case 'RecordPolicyPack':
      return recordPolicyPack(command, state);
    default: {
      const unknown: never = command.type;
      throw new Error(`Unknown policy command ${String(unknown)}`);
    }
  }
};

export const policyDecider: Decider<PolicyCommand, PolicyEvent, PolicyState> = {
  decide: decidePolicy,
  evolve: evolvePolicy,
  initialState: initialPolicyState,
};
