import type { PayProtectionTaper } from '../policy';
import type { CivilDate, Fte } from '../shared/values';
import type { ReassignmentsEvent } from './events';
import type { ReassignmentOutcome, ReassignmentRoute } from './reassignment-rules';

export type ReassignmentStep = { type: ReassignmentsEvent['type']; reason: string; at?: CivilDate; designPostId?: string | null };

export type PostReassignment = {
  postId: string;
  outcome: ReassignmentOutcome;
  designPostId: string | null; // the to-be post the postholder holds or is trying out
  route: ReassignmentRoute | null; // how they came to it
  fte: Fte; // what the as-is post brings to that to-be post
  poolId: string | null;
  redeployment: { toDescription: string; priorityInterview: boolean } | null;
  trial: { designPostId: string | null; startDate: CivilDate; endDate: CivilDate; extendedByWrittenAgreement: boolean } | null;
  payProtection: { protectedGrade: string; startDate: CivilDate; endDate: CivilDate; taper?: PayProtectionTaper } | null;
  dealId: string | null;
  history: ReassignmentStep[];
};

export type RingFencePool = { poolId: string; name: string; postIds: string[]; designPostIds: string[] };

export type ReassignmentsState = { posts: Record<string, PostReassignment>; pools: Record<string, RingFencePool> };

export const initialReassignmentsState: ReassignmentsState = { posts: {}, pools: {} };

export const reassignmentOf = (state: ReassignmentsState, postId: string): PostReassignment =>
  state.posts[postId] ?? {
    postId,
    outcome: 'none',
    designPostId: null,
    route: null,
    fte: 0,
    poolId: null,
    redeployment: null,
    trial: null,
    payProtection: null,
    dealId: null,
    history: [],
  };

const step = (
  state: ReassignmentsState,
  event: { type: ReassignmentsEvent['type']; data: { postId: string; reason: string } },
  change: Partial<PostReassignment>,
  extra: Partial<ReassignmentStep> = {},
): ReassignmentsState => {
  const before = reassignmentOf(state, event.data.postId);
  const history = [...before.history, { type: event.type, reason: event.data.reason, ...extra }];
  return { ...state, posts: { ...state.posts, [before.postId]: { ...before, ...change, history } } };
};

export const evolveReassignments = (state: ReassignmentsState, event: ReassignmentsEvent): ReassignmentsState => {
  switch (event.type) {
    case 'SlotInRecorded': {
      const { designPostId, fte } = event.data;
      return step(state, event, { outcome: 'slotted_in', designPostId, route: 'slot_in', fte }, { designPostId });
    }
    case 'RingFencePoolFormed': {
      const { poolId, name, postIds, designPostIds, reason } = event.data;
      let next: ReassignmentsState = { ...state, pools: { ...state.pools, [poolId]: { poolId, name, postIds, designPostIds } } };
      for (const postId of postIds) next = step(next, { type: event.type, data: { postId, reason } }, { outcome: 'in_pool', poolId });
      return next;
    }
    case 'SelectionOutcomeRecorded': {
      const { outcome, designPostId, fte } = event.data;
      return outcome === 'appointed'
        ? step(state, event, { outcome, designPostId, route: 'ring_fence', fte }, { designPostId })
        : step(state, event, { outcome, designPostId: null, route: null });
    }
    case 'PostholderAtRisk':
      return step(state, event, { outcome: 'at_risk', designPostId: null, route: null });
    case 'RedeploymentRecorded': {
      const { toDescription, priorityInterview } = event.data;
      return step(state, event, { outcome: 'redeployment', redeployment: { toDescription, priorityInterview } });
    }
    case 'TrialPeriodStarted': {
      const { designPostId, startDate, endDate, extendedByWrittenAgreement, fte } = event.data;
      const before = reassignmentOf(state, event.data.postId);
      const route = designPostId === null ? null : (before.route ?? 'redeployment');
      const trial = { designPostId, startDate, endDate, extendedByWrittenAgreement };
      return step(state, event, { outcome: 'on_trial', designPostId, route, fte, trial }, { at: startDate, designPostId });
    }
    case 'TrialPeriodEnded':
      return event.data.outcome === 'confirmed'
        ? step(state, event, { outcome: 'confirmed' })
        : step(state, event, { outcome: 'at_risk', designPostId: null, route: null });
    case 'PayProtectionGranted': {
      const { protectedGrade, startDate, endDate, taper } = event.data;
      return step(state, event, { payProtection: { protectedGrade, startDate, endDate, taper } }, { at: startDate });
    }
    case 'VacancyReleased':
      return step(state, event, { outcome: 'vacancy_released', dealId: event.data.dealId });
    default:
      return state;
  }
};
