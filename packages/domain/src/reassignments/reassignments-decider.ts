import type { Decider } from '../shared/decider';
import { conflict, invalid, notFound } from './errors';
import { addMonths, requireText } from '../shared/values';
import type {
  EndTrialPeriod,
  GrantPayProtection,
  MarkAtRisk,
  PlaceInRingFence,
  ReassignmentsCommand,
  RecordRedeployment,
  RecordSelectionOutcome,
  RecordSlotIn,
  ReleaseVacancy,
  StartTrialPeriod,
} from './commands';
import type { ReassignmentsEvent } from './events';
import {
  asIsPost,
  requireAllowed,
  requireDateRange,
  requireFilled,
  requireReason,
  requireReassignmentKey,
  requireRoom,
  requireWholeInRange,
  toBePost,
} from './guards';
import {
  DEFAULT_PAY_PROTECTION_RULES,
  DEFAULT_SLOT_IN_RULES,
  MAX_AGREEMENT_NOTE,
  MAX_POOL_NAME,
  MAX_PROTECTED_GRADE,
  MAX_REDEPLOYMENT_DESCRIPTION,
  STATUTORY_TRIAL_DAYS,
  statutoryTrialEnd,
  withinStatutoryTrial,
} from './reassignment-rules';
import { requireRingFenceGrades, requireTrialWithinPolicy, type PayProtectionTerms } from './policy-rules';
import { evolveReassignments, initialReassignmentsState, type ReassignmentsState } from './state';

type Decide<C> = (command: C, state: ReassignmentsState) => ReassignmentsEvent;

const recordSlotIn: Decide<RecordSlotIn> = ({ data, metadata }, state) => {
  const post = asIsPost(data, data.postId);
  const target = toBePost(data, data.designPostId);
  requireFilled(post);
  requireAllowed(state, 'RecordSlotIn', post);
  const { minimumJobMatchPercent } = data.rules ?? DEFAULT_SLOT_IN_RULES;
  requireWholeInRange('INVALID_RULES', 'minimumJobMatchPercent', minimumJobMatchPercent, 0, 100);
  const jobMatchPercent = requireWholeInRange('INVALID_JOB_MATCH', 'jobMatchPercent', data.jobMatchPercent, 0, 100);
  if (jobMatchPercent < minimumJobMatchPercent) {
    throw invalid(
      'SLOT_IN_BELOW_THRESHOLD',
      `Post ${post.reference} matches ${target.title} at ${jobMatchPercent}%, below the council's slot-in threshold of ${minimumJobMatchPercent}%. ` +
        'Place it in a ring fence for competitive selection instead.',
      { jobMatchPercent, minimumJobMatchPercent },
    );
  }
  requireRoom(state, target, post);
  const reason = requireReason(data, metadata);
  return {
    type: 'SlotInRecorded',
    data: { postId: post.postId, designPostId: target.designPostId, jobMatchPercent, minimumJobMatchPercent, fte: post.fte, reason },
  };
};

const requireDistinct = (field: string, ids: unknown): string[] => {
  const list = Array.isArray(ids) ? ids.map((id) => requireReassignmentKey(field, id)) : [];
  if (list.length === 0) throw invalid('RING_FENCE_EMPTY', `A ring-fence pool needs at least one entry in ${field}.`, { field });
  const twice = list.find((id, i) => list.indexOf(id) !== i);
  if (twice) throw invalid('LISTED_TWICE', `The pool lists ${twice} twice.`, { field, id: twice });
  return list;
};

const placeInRingFence: Decide<PlaceInRingFence> = ({ data, metadata }, state) => {
  const poolId = requireReassignmentKey('poolId', data.poolId);
  const name = requireText('name', data.name, { max: MAX_POOL_NAME });
  if (state.pools[poolId]) throw conflict('POOL_ALREADY_EXISTS', `Ring-fence pool "${state.pools[poolId].name}" has already been formed.`, { poolId });
  const postIds = requireDistinct('postIds', data.postIds);
  const designPostIds = requireDistinct('designPostIds', data.designPostIds);
  for (const id of designPostIds) toBePost(data, id);
  for (const id of postIds) {
    const post = asIsPost(data, id);
    requireFilled(post);
    requireAllowed(state, 'PlaceInRingFence', post);
  }
  requireRingFenceGrades(
    postIds.map((id) => asIsPost(data, id)),
    designPostIds.map((id) => toBePost(data, id)),
    data.rules,
  );
  return { type: 'RingFencePoolFormed', data: { poolId, name, postIds, designPostIds, reason: requireReason(data, metadata) } };
};

const recordSelectionOutcome: Decide<RecordSelectionOutcome> = ({ data, metadata }, state) => {
  const pool = state.pools[data.poolId];
  if (!pool) throw notFound('POOL_NOT_FOUND', 'This ring-fence pool has not been formed.', { poolId: data.poolId });
  const post = asIsPost(data, data.postId);
  if (!pool.postIds.includes(post.postId)) {
    throw invalid('POST_NOT_IN_POOL', `Post ${post.reference} is not in ring-fence pool "${pool.name}".`, { poolId: pool.poolId, postId: post.postId });
  }
  const current = requireAllowed(state, 'RecordSelectionOutcome', post);
  if (current.poolId !== pool.poolId) throw invalid('POST_NOT_IN_POOL', `Post ${post.reference} is now in another pool.`, { poolId: pool.poolId });
  const { outcome } = data;
  const appointed = outcome === 'appointed';
  if ((!appointed && outcome !== 'not_appointed') || appointed !== (data.designPostId != null)) {
    throw invalid('INVALID_OUTCOME', 'Record either "appointed" with the post appointed to, or "not_appointed" with no post.', { field: 'outcome' });
  }
  if (appointed) {
    const target = toBePost(data, data.designPostId!);
    if (!pool.designPostIds.includes(target.designPostId)) {
      throw invalid('DESIGN_POST_NOT_IN_POOL', `${target.title} is not one of the posts ring-fenced in "${pool.name}".`, { designPostId: target.designPostId });
    }
    requireRoom(state, target, post);
  }
  const reason = requireReason(data, metadata);
  return {
    type: 'SelectionOutcomeRecorded',
    data: { poolId: pool.poolId, postId: post.postId, outcome, designPostId: data.designPostId ?? null, fte: post.fte, reason },
  };
};

const markAtRisk: Decide<MarkAtRisk> = ({ data, metadata }, state) => {
  const post = asIsPost(data, data.postId);
  requireFilled(post);
  requireAllowed(state, 'MarkAtRisk', post);
  return { type: 'PostholderAtRisk', data: { postId: post.postId, reason: requireReason(data, metadata) } };
};

const recordRedeployment: Decide<RecordRedeployment> = ({ data, metadata }, state) => {
  const post = asIsPost(data, data.postId);
  requireFilled(post);
  requireAllowed(state, 'RecordRedeployment', post);
  const toDescription = requireText('toDescription', data.toDescription, { max: MAX_REDEPLOYMENT_DESCRIPTION });
  const priorityInterview = data.priorityInterview === true;
  return { type: 'RedeploymentRecorded', data: { postId: post.postId, toDescription, priorityInterview, reason: requireReason(data, metadata) } };
};

const startTrialPeriod: Decide<StartTrialPeriod> = ({ data, metadata }, state) => {
  const post = asIsPost(data, data.postId);
  requireFilled(post);
  const current = requireAllowed(state, 'StartTrialPeriod', post);
  const designPostId = data.designPostId ?? null;
  if (current.outcome === 'appointed' && designPostId !== current.designPostId) {
    throw invalid('TRIAL_POST_MISMATCH', `Post ${post.reference} was appointed to another post; the trial period is in the post appointed to.`, {
      designPostId: current.designPostId,
    });
  }
  if (designPostId !== null) requireRoom(state, toBePost(data, designPostId), post);
  const { startDate, endDate, days } = requireDateRange('trial period', data.startDate, data.endDate);
  const extendedByWrittenAgreement = data.extendedByWrittenAgreement === true;
  if (!withinStatutoryTrial(startDate, endDate) && !extendedByWrittenAgreement) {
    throw invalid(
      'TRIAL_TOO_LONG',
      `A statutory trial period is 4 weeks beginning with its first day (${STATUTORY_TRIAL_DAYS} days counting both ends), so a trial from ${startDate} ends by ${statutoryTrialEnd(startDate)}; ` +
        `this one runs ${days + 1} days to ${endDate}. A longer trial, for retraining, needs a written agreement made before it starts: record it with a note.`,
      { days: days + 1, max: STATUTORY_TRIAL_DAYS, latestEnd: statutoryTrialEnd(startDate) },
    );
  }
  requireTrialWithinPolicy(startDate, endDate, data.rules);
  const agreementNote = extendedByWrittenAgreement ? requireText('agreementNote', data.agreementNote, { max: MAX_AGREEMENT_NOTE }) : null;
  const reason = requireReason(data, metadata);
  return {
    type: 'TrialPeriodStarted',
    data: { postId: post.postId, designPostId, startDate, endDate, extendedByWrittenAgreement, agreementNote, fte: post.fte, reason },
  };
};

const endTrialPeriod: Decide<EndTrialPeriod> = ({ data, metadata }, state) => {
  const post = asIsPost(data, data.postId);
  requireAllowed(state, 'EndTrialPeriod', post);
  if (data.outcome !== 'confirmed' && data.outcome !== 'unsuitable') {
    throw invalid('INVALID_OUTCOME', 'A trial period ends either "confirmed" or "unsuitable".', { field: 'outcome' });
  }
  return { type: 'TrialPeriodEnded', data: { postId: post.postId, outcome: data.outcome, reason: requireReason(data, metadata) } };
};

const grantPayProtection: Decide<GrantPayProtection> = ({ data, metadata }, state) => {
  const post = asIsPost(data, data.postId);
  requireFilled(post);
  const current = requireAllowed(state, 'GrantPayProtection', post);
  if (current.payProtection) {
    throw conflict('PAY_PROTECTION_ALREADY_GRANTED', `Post ${post.reference} already has pay protection until ${current.payProtection.endDate}.`, {
      postId: post.postId,
    });
  }
  const protectedGrade = requireText('protectedGrade', data.protectedGrade, { max: MAX_PROTECTED_GRADE });
  const rules: PayProtectionTerms = data.rules ?? DEFAULT_PAY_PROTECTION_RULES;
  const { maximumMonths, taper, steps } = rules;
  requireWholeInRange('INVALID_RULES', 'maximumMonths', maximumMonths, 1, 120);
  const { startDate, endDate } = requireDateRange('pay protection', data.startDate, data.endDate);
  const latest = addMonths(startDate, maximumMonths);
  if (endDate > latest) {
    throw invalid('PAY_PROTECTION_TOO_LONG', `Pay protection is time-limited: the council's maximum is ${maximumMonths} months, so it must end by ${latest}.`, {
      maximumMonths,
      latest,
    });
  }
  const reason = requireReason(data, metadata);
  // rules without a taper (none given) protect in full, as before councils recorded packs
  const terms = { taper: taper ?? ('full' as const), steps: taper ? (steps ?? []) : [] };
  return { type: 'PayProtectionGranted', data: { postId: post.postId, protectedGrade, startDate, endDate, maximumMonths, ...terms, reason } };
};

const releaseVacancy: Decide<ReleaseVacancy> = ({ data, metadata }, state) => {
  const post = asIsPost(data, data.postId);
  if (!post.vacant) {
    throw invalid('POST_NOT_VACANT', `Post ${post.reference} has a postholder; only a vacant post can be released.`, { postId: post.postId });
  }
  requireAllowed(state, 'ReleaseVacancy', post);
  const dealId = data.dealId == null ? null : requireReassignmentKey('dealId', data.dealId);
  return { type: 'VacancyReleased', data: { postId: post.postId, dealId, reason: requireReason(data, metadata) } };
};

const deciders: { [K in ReassignmentsCommand['type']]: Decide<Extract<ReassignmentsCommand, { type: K }>> } = {
  RecordSlotIn: recordSlotIn,
  PlaceInRingFence: placeInRingFence,
  RecordSelectionOutcome: recordSelectionOutcome,
  MarkAtRisk: markAtRisk,
  RecordRedeployment: recordRedeployment,
  StartTrialPeriod: startTrialPeriod,
  EndTrialPeriod: endTrialPeriod,
  GrantPayProtection: grantPayProtection,
  ReleaseVacancy: releaseVacancy,
};

export const decideReassignments = (command: ReassignmentsCommand, state: ReassignmentsState): ReassignmentsEvent[] => {
  const decide = deciders[command.type] as Decide<ReassignmentsCommand> | undefined;
  if (!decide) throw new Error(`Unknown reassignments command ${(command as { type: string }).type}`);
  return [decide(command, state)];
};

export const reassignmentsDecider: Decider<ReassignmentsCommand, ReassignmentsEvent, ReassignmentsState> = {
  decide: decideReassignments,
  evolve: evolveReassignments,
  initialState: initialReassignmentsState,
};
