import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const authorityKeys = {
  all: ['authorities'] as const,
  list: () => [...authorityKeys.all, 'list'] as const,
  detail: (id: string) => [...authorityKeys.all, 'detail', id] as const,
};

export const AuthoritiesDocument = graphql(`
  query Authorities {
    authorities {
      id
      name
      kind
      directorateCount
      serviceCount
      programmes { id name stage }
    }
  }
`);

export const AuthorityDocument = graphql(`
  query Authority($id: ID!) {
    authority(id: $id) {
      id
      name
      kind
      directorates { id name }
      services { id name directorateId }
      programmes { id name objective stage stageDecision { summary on } startedOn }
    }
  }
`);

export function authorityListOptions() {
  return queryOptions({
    queryKey: authorityKeys.list(),
    queryFn: async () => (await execute(AuthoritiesDocument)).authorities,
  });
}

export function authorityDetailOptions(id: string) {
  return queryOptions({
    queryKey: authorityKeys.detail(id),
    queryFn: async () => (await execute(AuthorityDocument, { id })).authority,
  });
}
