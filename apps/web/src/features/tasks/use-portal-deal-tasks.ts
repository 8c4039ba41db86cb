import { useQuery } from '@tanstack/react-query';
import { awaitingMeOptions } from './api/tasks.queries';
import { taskItems, type TaskItem } from './components/task-links';

// The FTE deals awaiting a portal user's answer, as items for the portal home's "What awaits you".
export function usePortalDealTasks(): { items: TaskItem[]; loading: boolean; error: Error | null } {
  const tasks = useQuery(awaitingMeOptions());
  return {
    items: tasks.data ? taskItems(tasks.data, 'portal', { kinds: ['fte_deal'] }) : [],
    loading: tasks.isPending,
    error: tasks.error,
  };
}
