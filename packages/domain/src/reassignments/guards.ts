import type { CommandMetadata } from '../shared/decider';
import { conflict, invalid, notFound, type ReassignmentsErrorCode } from './errors';
import { daysBetween, fieldLabel, formatFte, requireCivilDate, requireText, type CivilDate } from '../shared/values';
import {
  REASSIGNMENT_ALLOWED_FROM,
  OUTCOMES_FILLING_A_DESIGN_POST,
  MAX_REASSIGNMENT_REASON,
  REASSIGNMENT_OUTCOME_LABEL,
  type AsIsPost,
  type ReassignmentContext,
  type ReassignmentDecision,
  type ToBePost,
} from './reassignment-rules';
import { reassignmentOf, type PostReassignment, type ReassignmentsState } from './state';

export const requireReassignmentKey = (field: string, value: unknown): string => {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 100) return value;
  throw invalid('INVALID_ID', `${fieldLabel(field)} must be an id of 1 to 100 characters.`, { field });
};

export const requireReason = (data: { reason?: string }, metadata: CommandMetadata): string =>
  requireText('reason', data.reason ?? metadata.reason ?? '', { max: MAX_REASSIGNMENT_REASON });

export const asIsPost = (context: ReassignmentContext, postId: string): AsIsPost => {
  const post = (context.asIsPosts ?? []).find((p) => p.postId === postId);
  if (!post) throw notFound('POST_NOT_FOUND', 'This post is not in the establishment; it may have been removed.', { postId });
  return post;
};

export const toBePost = (context: ReassignmentContext, designPostId: string): ToBePost => {
  const post = (context.designPosts ?? []).find((p) => p.designPostId === designPostId);
  if (!post) throw notFound('DESIGN_POST_NOT_FOUND', 'This post is not in the chosen design option.', { designPostId });
  return post;
};

// Slot-in, ring fence, at risk, redeployment, trials and pay protection are about a postholder.
export const requireFilled = (post: AsIsPost) => {
  if (post.vacant) {
    throw invalid('VACANT_POST', `Post ${post.reference} is vacant: there is no postholder to assign. Release it as a vacancy instead.`, {
      postId: post.postId,
    });
  }
};

// The transition table in reassignment-rules.ts, enforced.
export const requireAllowed = (state: ReassignmentsState, decision: ReassignmentDecision, post: AsIsPost): PostReassignment => {
  const current = reassignmentOf(state, post.postId);
  const allowed: readonly string[] = REASSIGNMENT_ALLOWED_FROM[decision];
  if (allowed.includes(current.outcome)) return current;
  const details = { postId: post.postId, outcome: current.outcome, decision };
  if (current.outcome === 'slotted_in' && (decision === 'RecordSlotIn' || decision === 'PlaceInRingFence')) {
    throw conflict('ALREADY_SLOTTED_IN', `Post ${post.reference} is already slotted in to a post of the new function.`, details);
  }
  const when = REASSIGNMENT_ALLOWED_FROM[decision].map((o) => REASSIGNMENT_OUTCOME_LABEL[o]).join(', or ');
  throw conflict(
    'REASSIGNMENT_NOT_ALLOWED',
    `Post ${post.reference} is ${REASSIGNMENT_OUTCOME_LABEL[current.outcome]}; this decision needs it to be ${when}.`,
    details,
  );
};

// A to-be post cannot take in more FTE than it has, counting everyone who holds or is trying it.
export const requireRoom = (state: ReassignmentsState, target: ToBePost, incoming: AsIsPost) => {
  const taken = Object.values(state.posts)
    .filter((p) => p.postId !== incoming.postId && p.designPostId === target.designPostId && OUTCOMES_FILLING_A_DESIGN_POST.includes(p.outcome))
    .reduce((sum, p) => sum + p.fte, 0);
  if (taken + incoming.fte > target.fte) {
    throw invalid(
      'DESIGN_POST_FULL',
      `${target.title} is ${formatFte(target.fte)} FTE and ${formatFte(taken)} FTE is already assigned to it; ` +
        `post ${incoming.reference} (${formatFte(incoming.fte)} FTE) does not fit.`,
      { designPostId: target.designPostId, fte: target.fte, taken, incoming: incoming.fte },
    );
  }
};

export const requireDateRange = (what: string, startDate: unknown, endDate: unknown): { startDate: CivilDate; endDate: CivilDate; days: number } => {
  const start = requireCivilDate('startDate', startDate);
  const end = requireCivilDate('endDate', endDate);
  const days = daysBetween(start, end);
  if (days <= 0) throw invalid('DATES_OUT_OF_ORDER', `The ${what} must end after it starts (${start}); got ${end}.`, { field: 'endDate' });
  return { startDate: start, endDate: end, days };
};

export const requireWholeInRange = (code: ReassignmentsErrorCode, field: string, value: unknown, min: number, max: number): number => {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw invalid(code, `${fieldLabel(field)} must be a whole number from ${min} to ${max}; got ${String(value)}.`, { field, min, max });
};
