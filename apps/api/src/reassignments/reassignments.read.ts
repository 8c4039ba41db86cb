import { initialReassignmentsState, transitionMap, type AsIsPost } from '@orgledger/domain';
import { designRow } from '../design';
import { visiblePosts, postModel } from '../establishment';
import type { AuthUser } from '../platform/app-context';
import type { ReassignmentsReadRow } from './reassignments.projector';
import type { AsIsTransition, RingFencePool, ToBeTransition, TransitionMap } from './reassignments.graphql';
import { reassignmentsModel } from './reassignments.projector';
import type { ReadSide } from '../platform/read-side';

type Scope = { programmeId: string; authorityId: string };

const byReference = (a: { reference: string }, b: { reference: string }) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true });

export const reassignmentsRow = (read: ReadSide, tenantId: string, programmeId: string): ReassignmentsReadRow =>
  read.readModels.get(reassignmentsModel, tenantId, programmeId) ?? {
    programmeId,
    state: initialReassignmentsState,
    stamps: {},
    revision: -1,
  };

// What the reassignment rules see of an as-is post (its read row or its establishment state).
export const asIsPostOf = ({ postId, reference, fte, grade, postholderRef, vacant }: AsIsPost): AsIsPost => ({
  postId,
  reference,
  fte,
  grade,
  postholderRef,
  vacant,
});

// The whole map is computed over every post of the authority, so the to-be side names every
// source; a service director then sees only the as-is rows of their own service.
export const transitionMapOf = (read: ReadSide, user: AuthUser, scope: Scope, options: { decidedOnly?: boolean } = {}): TransitionMap => {
  const { state, stamps } = reassignmentsRow(read, user.tenantId, scope.programmeId);
  const design = designRow(read, user.tenantId, scope.programmeId);
  const chosen = design.options.find((o) => o.optionId === design.chosenOptionId) ?? null;
  const posts = read.readModels.list(postModel, user.tenantId, scope.authorityId).sort(byReference);
  const postsById = new Map(posts.map((p) => [p.postId, p]));
  const asIsPosts = posts.map(asIsPostOf);
  const designPosts = chosen?.posts ?? [];
  const map = transitionMap(state, asIsPosts, designPosts);

  const visible = user.role === 'service_director' ? new Set(visiblePosts(read, user, scope.authorityId).map((p) => p.postId)) : null;
  const asIs: AsIsTransition[] = map.asIs
    .filter((t) => (visible ? visible.has(t.postId) : true) && (!options.decidedOnly || t.outcome !== 'none'))
    .map((t) => {
      const post = postsById.get(t.postId);
      const decided = state.posts[t.postId];
      const when = stamps[t.postId] ?? [];
      return {
        postId: t.postId,
        reference: t.reference,
        inEstablishment: Boolean(post),
        title: post?.title ?? null,
        serviceId: post?.serviceId ?? null,
        grade: post?.grade ?? null,
        fte: post?.fte ?? null,
        vacant: post?.vacant ?? null,
        outcome: t.outcome,
        designPostId: t.designPostId,
        route: decided?.route ?? null,
        poolId: decided?.poolId ?? null,
        redeployment: decided?.redeployment ?? null,
        trial: decided?.trial ?? null,
        payProtection: decided?.payProtection ? { ...decided.payProtection, taper: decided.payProtection.taper ?? 'full' } : null,
        dealId: decided?.dealId ?? null,
        history: t.history.map((s, i) => ({
          type: s.type,
          reason: s.reason,
          at: when[i]?.at ?? '',
          by: when[i]?.by ?? '',
          effectiveDate: s.at ?? null,
          designPostId: s.designPostId ?? null,
        })),
      };
    });
  const grades = new Map(designPosts.map((p) => [p.designPostId, p.grade]));
  const toBe: ToBeTransition[] = map.toBe.map((t) => ({
    ...t,
    grade: grades.get(t.designPostId) ?? 0,
    // A director sees the whole to-be side, but only the sources from their own service.
    sources: t.sources.filter((s) => (visible ? visible.has(s.postId) : true)),
  }));
  const pools: RingFencePool[] = Object.values(state.pools)
    .map((p) => ({ id: p.poolId, name: p.name, postIds: visible ? p.postIds.filter((id) => visible.has(id)) : p.postIds, designPostIds: p.designPostIds }))
    .filter((p) => p.postIds.length > 0);
  return { programmeId: scope.programmeId, chosenOptionId: chosen?.optionId ?? null, asIs, toBe, pools };
};
