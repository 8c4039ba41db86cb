import { designAuthorityDecider, designAuthorityGate, submissionStatus } from '@orgledger/domain';
import { loadState } from '../platform/load-state';
import { designAuthorityStream } from './design-authority.commands';
import type { DesignAuthorityView } from './design-authority.graphql';
import type { ReadSide } from '../platform/read-side';

// Read from the stream itself: the snapshots are the record and are not copied into a read model.
export const designAuthorityOf = async (read: ReadSide, tenantId: string, programmeId: string): Promise<DesignAuthorityView> => {
  const state = await loadState(read.store, designAuthorityStream(tenantId, programmeId), designAuthorityDecider);
  const gate = designAuthorityGate(state);
  return {
    programmeId,
    gate,
    submissions: state.submissions.map((s) => {
      const { costs } = s.snapshot;
      const cost = new Map(costs.byPost.map((c) => [c.designPostId, c.pence]));
      const notGraded = new Map(costs.notGraded.map((c) => [c.designPostId, c.pence]));
      const grade = new Map(s.snapshot.grading.map((g) => [g.designPostId, g.grade]));
      return {
        submissionId: s.submissionId,
        submittedOn: s.submittedOn,
        status: submissionStatus(s),
        supersededBy: s.supersededBy,
        decision: s.decision,
        conditions: s.conditions.map((c) => ({
          ...c,
          discharged: c.discharged !== null,
          dischargedOn: c.discharged?.dischargedOn ?? null,
          evidence: c.discharged?.evidence ?? null,
        })),
        snapshot: {
          optionId: s.snapshot.option.optionId,
          optionName: s.snapshot.option.name,
          posts: s.snapshot.option.posts.map((p) => ({
            designPostId: p.designPostId,
            title: p.title,
            grade: grade.get(p.designPostId) ?? (p.grade === null ? null : `Grade ${p.grade}`),
            fte: p.fte,
            pence: cost.get(p.designPostId) ?? notGraded.get(p.designPostId) ?? 0,
            costedInFull: !notGraded.has(p.designPostId),
          })),
          totalCostPence: costs.totalPence,
          financialYear: costs.financialYear,
          goLiveDate: costs.goLiveDate,
          nonPay: costs.nonPay.map((l) => ({ ...l, kind: null })),
          notGradedPence: costs.notGradedPence,
          oneOffCosts: costs.oneOff,
          oneOffPence: costs.oneOffPence,
          financeSignOff: s.snapshot.financeSignOff,
          costingBasis: costs.basis,
          agreedFte: s.snapshot.funding.agreedFte,
          neededFte: s.snapshot.funding.neededFte,
          gapFte: s.snapshot.funding.gapFte,
          fundingByYear: s.snapshot.funding.byYear,
          deals: s.snapshot.deals,
          grading: s.snapshot.grading,
          consultationOutline: s.snapshot.consultationOutline,
        },
      };
    }),
  };
};
