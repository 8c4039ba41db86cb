import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const taskKeys = {
  all: ['tasks'] as const,
  awaitingMe: () => [...taskKeys.all, 'awaiting-me'] as const,
};

export const AwaitingMeDocument = graphql(`
  query AwaitingMe {
    awaitingMe { kind title programmeId entityId since }
  }
`);

export function awaitingMeOptions() {
  return queryOptions({
    queryKey: taskKeys.awaitingMe(),
    queryFn: async () => (await execute(AwaitingMeDocument)).awaitingMe,
    // Someone on the other side may have answered meanwhile: ask again whenever a page shows it.
    staleTime: 0,
  });
}
