import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { taskKeys } from '../features/tasks';
import { subscribeAsOf } from '../lib/as-of';
import { ApiError } from '../lib/graphql';
import { getSession, subscribeSession } from '../lib/session';

export function createQueryClient() {
  const client: QueryClient = new QueryClient({
    // Any change may settle what awaits someone (an answered plan, a signed budget) or create it:
    // the home page must never show a task that was just done.
    mutationCache: new MutationCache({ onSuccess: () => client.invalidateQueries({ queryKey: taskKeys.all }) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // The API answered: asking again will not change its mind. Retry only network trouble.
        retry: (failures, error) => !(error instanceof ApiError && error.code !== 'NETWORK_ERROR') && failures < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}

export const queryClient = createQueryClient();

// One user's cached answers must never be shown to the next user of the same tab.
let sessionUserId = getSession()?.me.id ?? null;
subscribeSession(() => {
  const next = getSession()?.me.id ?? null;
  if (next !== sessionUserId) queryClient.clear();
  sessionUserId = next;
});

// Answers cached as of one moment must not be shown for another.
subscribeAsOf(() => void queryClient.resetQueries());

export function Providers({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
