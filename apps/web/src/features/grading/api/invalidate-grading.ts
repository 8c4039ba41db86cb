import type { QueryClient } from '@tanstack/react-query';
import { costingKeys } from '../../costing/api/costing.queries';
import { taskKeys } from '../../tasks/api/tasks.queries';
import { gradingKeys } from './grading.queries';

// A grade from an approved evaluation makes a post's cost final, and moves what awaits HR.
export function invalidateAfterGrading(queryClient: QueryClient) {
  return Promise.all([gradingKeys.all, costingKeys.all, taskKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey, refetchType: 'all' })));
}
