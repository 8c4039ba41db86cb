import {
  fteDealsDecider,
  establishmentDecider,
  functionDesignDecider,
  REASSIGNMENTS_STREAM_CATEGORY,
  reassignmentsDecider,
  reassignmentRulesOf,
  requireId,
  civilDateOf,
  isCivilDate,
  type CommandMetadata,
  type ReassignmentContext,
  type ReassignmentsCommand,
} from '@orgledger/domain';
import { notFound, invalid } from '../platform/api-errors';
import { streamName } from '@orgledger/event-store';
import { functionDesignStream } from '../design';
import { establishmentStream } from '../establishment';
import { dealsStream } from '../deals';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import { asIsPostOf } from './reassignments.read';
import { policyInForceFor } from '../policy';
import type { Deps } from '../platform/app-context';
import { commandHandler, type Undated } from '../platform/command-handler';

export const reassignmentsStream = (tenantId: string, programmeId: string) => streamName(REASSIGNMENTS_STREAM_CATEGORY, tenantId, programmeId);

type Scope = { programmeId: string; authorityId: string };
// What the caller says; the context (as-is and to-be posts) is read from the store here.

// Every decision is checked against the authority's establishment and the chosen option's posts
// as they stand in the store, not as a screen last showed them.
export const reassignmentContext = async (deps: Deps, tenantId: string, scope: Scope): Promise<ReassignmentContext> => {
  const design = await loadState(deps.store, functionDesignStream(tenantId, scope.programmeId), functionDesignDecider);
  const chosen = design.options.find((o) => o.optionId === design.chosenOptionId);
  if (!chosen) {
    throw invalid('DESIGN_NOT_CHOSEN', 'Choose a design option first: postholders are assigned to the posts of the chosen option.');
  }
  const establishment = await loadState(deps.store, establishmentStream(tenantId, scope.authorityId), establishmentDecider);
  return {
    asIsPosts: Object.values(establishment.posts).map(asIsPostOf),
    designPosts: chosen.posts.map(({ designPostId, title, grade, fte }) => ({ designPostId, title, grade, fte })),
  };
};

// The reassignments decider's one command handler: one stream per programme.
export class ReassignmentsHandler extends commandHandler(reassignmentsDecider, (command: ReassignmentsCommand, at: Scope) =>
  reassignmentsStream(command.metadata.tenantId, at.programmeId),
) {}

// `build` adds the context read from the store to what the caller decided.
const decide = async (deps: Deps, meta: CommandMetadata, scope: Scope, build: (context: ReassignmentContext) => Undated<ReassignmentsCommand>) => {
  const context = await reassignmentContext(deps, meta.tenantId, scope);
  await deps.send(ReassignmentsHandler, { ...build(context), metadata: meta }, scope);
};

// The council's policy in force on the decision's date: the day it is made, or the day a trial or
// protection starts. A date the decider will refuse reads the pack of the day it is made.
const rulesOn = async (deps: Deps, meta: CommandMetadata, scope: Scope, date?: string) => {
  const on = date !== undefined && isCivilDate(date) ? date : civilDateOf(meta.now);
  return reassignmentRulesOf((await policyInForceFor(deps, meta.tenantId, scope.authorityId, on)).pack);
};

const postIdOf = (input: { postId: string }) => requireId('postId', input.postId);
const designPostIdOf = (id: string | null | undefined) => (id == null ? null : requireId('designPostId', id));

export const recordSlotIn = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  input: { postId: string; designPostId: string; jobMatchPercent: number },
) => {
  const postId = postIdOf(input);
  const designPostId = requireId('designPostId', input.designPostId);
  const rules = (await rulesOn(deps, meta, scope)).slotIn;
  await decide(deps, meta, scope, (context) => ({
    type: 'RecordSlotIn',
    data: { postId, designPostId, jobMatchPercent: input.jobMatchPercent, rules, ...context },
  }));
  return postId;
};

export const placeInRingFence = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  input: { name: string; postIds: string[]; designPostIds: string[] },
) => {
  const poolId = derivedUuid(meta.commandId, 'ringFencePool');
  const postIds = input.postIds.map((id) => requireId('postIds', id));
  const designPostIds = input.designPostIds.map((id) => requireId('designPostIds', id));
  const rules = (await rulesOn(deps, meta, scope)).ringFence;
  await decide(deps, meta, scope, (context) => ({ type: 'PlaceInRingFence', data: { poolId, name: input.name, postIds, designPostIds, rules, ...context } }));
  return poolId;
};

export const recordSelectionOutcome = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  input: { poolId: string; postId: string; outcome: 'appointed' | 'not_appointed'; designPostId?: string | null },
) => {
  const postId = postIdOf(input);
  const data = { poolId: requireId('poolId', input.poolId), postId, outcome: input.outcome, designPostId: designPostIdOf(input.designPostId) };
  await decide(deps, meta, scope, (context) => ({ type: 'RecordSelectionOutcome', data: { ...data, ...context } }));
  return postId;
};

export const markAtRisk = async (deps: Deps, meta: CommandMetadata, scope: Scope, input: { postId: string }) => {
  const postId = postIdOf(input);
  await decide(deps, meta, scope, (context) => ({ type: 'MarkAtRisk', data: { postId, ...context } }));
  return postId;
};

export const recordRedeployment = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  input: { postId: string; toDescription: string; priorityInterview: boolean },
) => {
  const postId = postIdOf(input);
  await decide(deps, meta, scope, (context) => ({
    type: 'RecordRedeployment',
    data: { postId, toDescription: input.toDescription, priorityInterview: input.priorityInterview, ...context },
  }));
  return postId;
};

export const startTrialPeriod = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  input: {
    postId: string;
    designPostId?: string | null;
    startDate: string;
    endDate: string;
    extendedByWrittenAgreement?: boolean | null;
    agreementNote?: string | null;
  },
) => {
  const postId = postIdOf(input);
  const data = {
    postId,
    designPostId: designPostIdOf(input.designPostId),
    startDate: input.startDate,
    endDate: input.endDate,
    extendedByWrittenAgreement: input.extendedByWrittenAgreement === true,
    agreementNote: input.agreementNote ?? null,
    rules: (await rulesOn(deps, meta, scope, input.startDate)).trial,
  };
  await decide(deps, meta, scope, (context) => ({ type: 'StartTrialPeriod', data: { ...data, ...context } }));
  return postId;
};

export const endTrialPeriod = async (deps: Deps, meta: CommandMetadata, scope: Scope, input: { postId: string; outcome: 'confirmed' | 'unsuitable' }) => {
  const postId = postIdOf(input);
  await decide(deps, meta, scope, (context) => ({ type: 'EndTrialPeriod', data: { postId, outcome: input.outcome, ...context } }));
  return postId;
};

export const grantPayProtection = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  input: { postId: string; protectedGrade: string; startDate: string; endDate: string },
) => {
  const postId = postIdOf(input);
  const { protectedGrade, startDate, endDate } = input;
  const rules = (await rulesOn(deps, meta, scope, startDate)).payProtection;
  await decide(deps, meta, scope, (context) => ({ type: 'GrantPayProtection', data: { postId, protectedGrade, startDate, endDate, rules, ...context } }));
  return postId;
};

export const releaseVacancy = async (deps: Deps, meta: CommandMetadata, scope: Scope, input: { postId: string; dealId?: string | null }) => {
  const postId = postIdOf(input);
  const dealId = input.dealId == null ? null : requireId('dealId', input.dealId);
  if (dealId) {
    // The released budget can only move under a deal with the post's own service in this programme.
    const establishment = await loadState(deps.store, establishmentStream(meta.tenantId, scope.authorityId), establishmentDecider);
    const serviceId = establishment.posts[postId]?.serviceId;
    const deals = serviceId ? await loadState(deps.store, dealsStream(meta.tenantId, scope.programmeId, serviceId), fteDealsDecider) : null;
    if (!deals?.deals[dealId]) throw notFound('DEAL_NOT_FOUND', `There is no FTE deal with id ${dealId} for this post's service.`);
  }
  await decide(deps, meta, scope, (context) => ({ type: 'ReleaseVacancy', data: { postId, dealId, ...context } }));
  return postId;
};
