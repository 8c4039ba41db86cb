import type { QueryClient } from '@tanstack/react-query';
import { consultationKeys } from './consultation.queries';

export function invalidateConsultation(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: consultationKeys.all, refetchType: 'all' });
}
