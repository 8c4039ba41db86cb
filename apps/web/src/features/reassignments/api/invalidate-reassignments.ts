import type { QueryClient } from '@tanstack/react-query';
import { reassignmentKeys } from './reassignments.queries';

// Each decision moves one post's row and what its to-be post has filled.
export function invalidateAfterDecision(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: reassignmentKeys.all, refetchType: 'all' });
}
