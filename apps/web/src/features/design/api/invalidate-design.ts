import type { QueryClient } from '@tanstack/react-query';
import { fundingKeys } from '../../funding/api/funding.queries';
import { reassignmentKeys } from '../../reassignments/api/reassignments.queries';
import { designKeys } from './design.queries';

// The chosen option is what the funding position needs and what the transition map fills, so a
// change to the design moves all three.
export function invalidateAfterDesignChange(queryClient: QueryClient) {
  return Promise.all([designKeys.all, fundingKeys.all, reassignmentKeys.all].map((queryKey) =>
    queryClient.invalidateQueries({ queryKey, refetchType: 'all' })));
}
