import { dismissalCount, type AffectedPerson, type AffectedTerms, type ConsultationPlan, type OtherProposal } from '@orgledger/domain';
import { designRow } from '../design';
import { postModel } from '../establishment';
import { reassignmentsRow } from '../reassignments';
import type { ReadSide } from '../platform/read-side';
import { consultationPlanModel } from './consultation.projector';
import { programmeModel } from '../platform/access-models';

type Scope = { programmeId: string; authorityId: string };

// The grade and FTE each placed person moves from and to (TULRCA s.195), from the establishment,
// the chosen design option and the transition map as they stand.
export const affectedTermsOf = (read: Pick<ReadSide, 'readModels'>, tenantId: string, scope: Scope, affected: AffectedPerson[]): AffectedTerms[] => {
  const { state } = reassignmentsRow(read as ReadSide, tenantId, scope.programmeId);
  const design = designRow(read as ReadSide, tenantId, scope.programmeId);
  const chosen = design.options.find((o) => o.optionId === design.chosenOptionId);
  const grades = new Map((chosen?.posts ?? []).map((p) => [p.designPostId, p.grade]));
  const posts = new Map(read.readModels.list(postModel, tenantId, scope.authorityId).map((p) => [p.postId, p]));
  return affected
    .filter((p) => p.placement !== null && posts.has(p.postId))
    .map((p) => {
      const post = posts.get(p.postId)!;
      const r = state.posts[p.postId];
      const designPostId = r?.designPostId ?? null;
      return {
        postId: p.postId,
        fromGrade: post.grade,
        toGrade: designPostId ? (grades.get(designPostId) ?? null) : null,
        fromFte: post.fte,
        toFte: designPostId ? (r?.fte ?? null) : null,
      };
    });
};

type PlanState = ConsultationPlan & { status: 'draft' | 'launched' };

// The council's other plans (same tenant and authority), for the s.188(3) aggregation: their own
// people proposed for dismissal, their first dismissal, and whether consultation on them has begun.
export const otherProposals = (read: Pick<ReadSide, 'readModels'>, tenantId: string, planId: string): OtherProposal[] => {
  const authorityOf = (programmeId: string) => read.readModels.get(programmeModel, tenantId, programmeId)?.authorityId ?? null;
  const self = read.readModels.get(consultationPlanModel, tenantId, planId);
  const authorityId = self ? authorityOf(self.programmeId) : null;
  if (!authorityId) return [];
  return read.readModels
    .list(consultationPlanModel, tenantId)
    .filter((r) => r.planId !== planId && r.state.status !== 'none' && authorityOf(r.programmeId) === authorityId)
    .map((r) => {
      const plan = r.state as PlanState;
      const own = dismissalCount({ ...plan, terms: plan.terms ?? {}, firstDismissal: plan.dates.firstDismissal });
      return {
        planId: plan.planId,
        programmeId: plan.programmeId,
        title: plan.title,
        establishment: plan.establishment,
        firstDismissal: plan.dates.firstDismissal,
        dismissals: own.counted,
        consultationBegun: plan.status === 'launched',
      };
    });
};
