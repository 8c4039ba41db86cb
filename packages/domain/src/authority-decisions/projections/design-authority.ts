import type { Fte, Money } from '../../shared/values';
import type { DesignAuthorityEvent } from '../events';
import { designAuthorityGate, type DesignAuthorityGate } from '../gate';
import type { DesignAuthoritySnapshot } from '../snapshot';
import { evolveSubmissions, submissionStatus, type SubmissionCore, type SubmissionStatus } from '../state';

// The snapshot in figures a board paper leads with; the full copy stays in the event.
export type SnapshotSummary = {
  optionId: string;
  optionName: string;
  postCount: number;
  totalFte: Fte;
  totalCostPence: Money;
  fundingGapFte: Fte;
  dealCount: number;
  postsWithApprovedGrade: number;
};
export type DesignAuthoritySubmissionRow = SubmissionCore & { status: SubmissionStatus; summary: SnapshotSummary };
// One row per programme: every submission with its decision and conditions, and the gate.
export type DesignAuthorityRow = { submissions: DesignAuthoritySubmissionRow[]; gate: DesignAuthorityGate };

export const summariseSnapshot = (snapshot: DesignAuthoritySnapshot): SnapshotSummary => ({
  optionId: snapshot.option.optionId,
  optionName: snapshot.option.name,
  postCount: snapshot.option.posts.length,
  totalFte: snapshot.option.posts.reduce((sum, p) => sum + p.fte, 0),
  totalCostPence: snapshot.costs.totalPence,
  fundingGapFte: snapshot.funding.gapFte,
  dealCount: snapshot.deals.length,
  postsWithApprovedGrade: snapshot.grading.filter((g) => g.evaluation === 'approved').length,
});

export const projectDesignAuthority = (row: DesignAuthorityRow | null, event: DesignAuthorityEvent): DesignAuthorityRow => {
  const evolved = evolveSubmissions(row?.submissions ?? [], event, ({ submissionId, snapshot }) => ({
    submissionId,
    submittedOn: snapshot.submittedOn,
    supersededBy: null,
    decision: null,
    conditions: [],
    status: 'awaiting_decision' as SubmissionStatus,
    summary: summariseSnapshot(snapshot),
  }));
  const submissions = evolved.map((s) => ({ ...s, status: submissionStatus(s) }));
  return { submissions, gate: designAuthorityGate({ submissions }) };
};
