import type { QueryClient } from '@tanstack/react-query';
import { taskKeys } from '../../tasks/api/tasks.queries';
import { designAuthorityKeys } from './design-authority.queries';

// A decision or a discharged condition moves the gate and what awaits people.
export function invalidateAfterDecision(queryClient: QueryClient) {
  return Promise.all([designAuthorityKeys.all, taskKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey, refetchType: 'all' })));
}
