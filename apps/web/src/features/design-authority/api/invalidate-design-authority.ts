import type { QueryClient } from '@tanstack/react-query';
import { consultationKeys } from '../../consultation/api/consultation.queries';
import { handoverKeys } from '../../handover/api/handover.queries';
import { taskKeys } from '../../tasks/api/tasks.queries';
import { designAuthorityKeys } from './design-authority.queries';

// A decision or a discharged condition moves the gate, which consultation launch and recruitment
// wait on, and what awaits people.
export function invalidateAfterDecision(queryClient: QueryClient) {
  return Promise.all(
    [designAuthorityKeys.all, consultationKeys.all, handoverKeys.all, taskKeys.all].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey, refetchType: 'all' }),
    ),
  );
}
