import { useQuery } from '@tanstack/react-query';
import { awaitingMeOptions } from './api/tasks.queries';
import { taskItems, type Task, type TaskItem } from './components/task-links';

type Options = {
  programmeNames?: ReadonlyMap<string, string>;
  /** Tasks the page lists in its own words already (a service director's activity returns). */
  skip?: (task: Task) => boolean;
};

// Every kind of task the API says awaits a council user, each linking to its portal page.
export function usePortalTasks({ programmeNames, skip }: Options = {}): { items: TaskItem[]; loading: boolean; error: Error | null } {
  const tasks = useQuery(awaitingMeOptions());
  const shown = (tasks.data ?? []).filter((t) => !skip?.(t));
  return {
    items: taskItems(shown, 'portal', { programmeNames }),
    loading: tasks.isPending,
    error: tasks.error,
  };
}
