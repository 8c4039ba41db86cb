import type { QueryClient } from '@tanstack/react-query';
import { stageKeys } from '../stage/stage.queries';

// Contracts and tier rules feed the capacity model, so a change refreshes the programme's whole
// analysis stage; waiting for it (also for pages not on screen) means whatever shows next is current.
export function invalidateProgrammeStage(queryClient: QueryClient, programmeId: string) {
  return queryClient.invalidateQueries({ queryKey: stageKeys.programme(programmeId), refetchType: 'all' });
}
