import type { QueryClient } from '@tanstack/react-query';
import { handoverKeys } from './handover.queries';

// Every change answers with the plan's new state; refetch whatever shows it.
export function invalidateHandover(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: handoverKeys.all, refetchType: 'all' });
}
