import {
  AGGREGATION_SOURCE,
  S188A_SOURCE,
  s195Reasons,
  statutoryNoticeWeeks,
  type AffectedPerson,
  type ConsultationPlan,
  type DismissalCount,
} from '@orgledger/domain';
import type { DismissalCountView, RepresentativeElectionView, ServiceView } from './consultation.law.graphql';

type Label = (p: AffectedPerson) => string;

export const dismissalsView = (plan: ConsultationPlan, count: DismissalCount, label: Label): DismissalCountView => ({
  recorded: count.recorded,
  derived: count.derived,
  changedTerms: count.s195,
  aggregated: count.aggregated,
  counted: count.counted,
  differs: count.differs,
  people: plan.affected.map((p) => ({ postId: p.postId, person: label(p), reasons: s195Reasons(p, plan.terms[p.postId]) })).filter((p) => p.reasons.length > 0),
  rule: 'TULRCA 1992 s.188(1), (3) and s.195',
  source: AGGREGATION_SOURCE,
});

export const serviceOf = (plan: ConsultationPlan, postId: string): ServiceView | null => {
  const s = plan.service[postId];
  if (!s) return null;
  const on = plan.dates.noticesIssued;
  return {
    serviceStart: s.serviceStart,
    contractualNoticeWeeks: s.contractualNoticeWeeks,
    statutoryNoticeWeeks: on ? statutoryNoticeWeeks(s.serviceStart, on) : null,
  };
};

export const electionView = (plan: ConsultationPlan, label: Label): RepresentativeElectionView | null => {
  if (!plan.election) return null;
  const byPost = new Map(plan.affected.map((p) => [p.postId, p]));
  return {
    electedOn: plan.election.electedOn,
    termEndsOn: plan.election.termEndsOn,
    representatives: plan.election.representatives.map((r) => ({
      postId: r.postId,
      person: byPost.has(r.postId) ? label(byPost.get(r.postId)!) : r.postId,
      represents: r.represents,
    })),
    source: S188A_SOURCE,
  };
};
