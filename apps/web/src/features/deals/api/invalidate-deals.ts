import type { QueryClient } from '@tanstack/react-query';
import { fundingKeys } from '../../funding/api/funding.queries';
import { taskKeys } from '../../tasks/api/tasks.queries';
import { dealKeys } from './deal.queries';

// A deal step moves the ledger, the funding position and what awaits whom: wait for all three
// (also of pages not on screen), so whatever shows next is current.
export function invalidateAfterDealStep(queryClient: QueryClient) {
  return Promise.all([dealKeys.all, fundingKeys.all, taskKeys.all].map((queryKey) =>
    queryClient.invalidateQueries({ queryKey, refetchType: 'all' })));
}
