import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const portalKeys = {
  all: ['portal'] as const,
  home: (authorityId: string) => [...portalKeys.all, 'home', authorityId] as const,
};

export const PortalHomeDocument = graphql(`
  query PortalHome($authorityId: ID!) {
    authority(id: $authorityId) {
      id
      name
      directorates { id name }
      services { id name directorateId }
    }
  }
`);

export function portalHomeOptions(authorityId: string) {
  return queryOptions({
    queryKey: portalKeys.home(authorityId),
    queryFn: async () => (await execute(PortalHomeDocument, { authorityId })).authority,
  });
}
