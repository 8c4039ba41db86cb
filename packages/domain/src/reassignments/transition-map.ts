import type { Fte } from '../shared/values';
import { OUTCOMES_FILLING_A_DESIGN_POST, type AsIsPost, type ReassignmentOutcome, type ReassignmentRoute, type ToBePost } from './reassignment-rules';
import { reassignmentOf, type ReassignmentsState, type ReassignmentStep } from './state';

export type AsIsTransition = {
  postId: string;
  reference: string;
  outcome: ReassignmentOutcome;
  designPostId: string | null;
  history: ReassignmentStep[];
};
export type ToBeSource = { postId: string; reference: string; how: ReassignmentRoute; fte: Fte };
export type ToBeTransition = { designPostId: string; title: string; fte: Fte; sources: ToBeSource[]; filledFte: Fte; unfilledFte: Fte };
export type TransitionMap = { asIs: AsIsTransition[]; toBe: ToBeTransition[] };

// From the as-is posts to the to-be posts. Every as-is post given is listed (with no decision yet
// if none was made), then any post with decisions that has since left the establishment. A to-be
// post's unfilled FTE is what remains to recruit.
export const transitionMap = (state: ReassignmentsState, asIsPosts: AsIsPost[], designPosts: ToBePost[]): TransitionMap => {
  const given = new Set(asIsPosts.map((p) => p.postId));
  const references = new Map(asIsPosts.map((p) => [p.postId, p.reference]));
  const postIds = [...asIsPosts.map((p) => p.postId), ...Object.keys(state.posts).filter((id) => !given.has(id))];
  const asIs = postIds.map((postId): AsIsTransition => {
    const { outcome, designPostId, history } = reassignmentOf(state, postId);
    return { postId, reference: references.get(postId) ?? postId, outcome, designPostId, history };
  });
  const toBe = designPosts.map((target): ToBeTransition => {
    const sources = Object.values(state.posts)
      .filter((p) => p.designPostId === target.designPostId && p.route !== null && OUTCOMES_FILLING_A_DESIGN_POST.includes(p.outcome))
      .map((p) => ({ postId: p.postId, reference: references.get(p.postId) ?? p.postId, how: p.route!, fte: p.fte }));
    const filledFte = sources.reduce((sum, s) => sum + s.fte, 0);
    return { designPostId: target.designPostId, title: target.title, fte: target.fte, sources, filledFte, unfilledFte: Math.max(0, target.fte - filledFte) };
  });
  return { asIs, toBe };
};
