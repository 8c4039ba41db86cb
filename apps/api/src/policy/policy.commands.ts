import {
  POLICY_STREAM_CATEGORY,
  policyDecider,
  policyInForce,
  type CivilDate,
  type CommandMetadata,
  type PolicyCommand,
  type PolicyPack,
  type PolicyState,
} from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import type { Deps } from '../platform/app-context';
import { commandHandler } from '../platform/command-handler';
import { loadState } from '../platform/load-state';

// One stream per council: `policyPack-<tenantId>_<authorityId>`.
export const policyStream = (tenantId: string, authorityId: string) => streamName(POLICY_STREAM_CATEGORY, tenantId, authorityId);

export class PolicyHandler extends commandHandler(policyDecider, (command: PolicyCommand, at: { authorityId: string }) =>
  policyStream(command.metadata.tenantId, at.authorityId),
) {}

export const loadPolicy = (deps: Pick<Deps, 'store'>, tenantId: string, authorityId: string): Promise<PolicyState> =>
  loadState(deps.store, policyStream(tenantId, authorityId), policyDecider);

// The pack a rule reads: the council's in force on the date the rule is about (a slot-in's date,
// a trial's or a protection's start, a dismissal), else the national default.
export const policyInForceFor = async (deps: Pick<Deps, 'store'>, tenantId: string, authorityId: string, date: CivilDate) =>
  policyInForce(await loadPolicy(deps, tenantId, authorityId), date);

export const recordPolicyPack = (deps: Deps, meta: CommandMetadata, authorityId: string, input: { effectiveFrom: string; pack: PolicyPack }) =>
  deps.send(
    PolicyHandler,
    { type: 'RecordPolicyPack', data: { authorityId, effectiveFrom: input.effectiveFrom, pack: input.pack }, metadata: meta },
    { authorityId },
  );
