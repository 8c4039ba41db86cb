import type { PostGradingEvent } from '../events';
import { evolvePostGrading, gradingStatus, initialPostGradingState, type GradingStatus, type PostGradingState } from '../state';

// One row per design post: its JD versions, its evaluation, and the status costing reads.
export type PostGradingRow = PostGradingState & { status: GradingStatus };

export const projectPostGrading = (row: PostGradingRow | null, event: PostGradingEvent): PostGradingRow => {
  const { status: _status, ...state } = row ?? { ...initialPostGradingState, status: null };
  const next = evolvePostGrading(state, event);
  return { ...next, status: gradingStatus(next) };
};
