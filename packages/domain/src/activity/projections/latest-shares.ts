import type { Role } from '../../shared/decider';
import type { ActivityReturnEvent } from '../events';
import type { ActivityShare } from '../taxonomy';

export type LatestSharesRow = { postId: string; shares: ActivityShare[]; returnId: string; submittedByRole: Role; serviceId: string };

// One row per post the return covers; the API upserts them, so the latest return wins per post.
export const latestSharesFrom = (event: ActivityReturnEvent): LatestSharesRow[] => {
  switch (event.type) {
    case 'ActivityReturnSubmitted': {
      const { returnId, submittedByRole, serviceId } = event.data;
      return event.data.posts.map(({ postId, shares }) => ({ postId, shares, returnId, submittedByRole, serviceId }));
    }
    default:
      return [];
  }
};
