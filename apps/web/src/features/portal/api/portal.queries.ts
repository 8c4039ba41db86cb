import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const portalKeys = {
  all: ['portal'] as const,
  home: (authorityId: string) => [...portalKeys.all, 'home', authorityId] as const,
  returns: (authorityId: string, serviceId: string) => [...portalKeys.all, 'returns', authorityId, serviceId] as const,
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

// A service director sees only their own service's posts and returns.
export const PortalReturnsDocument = graphql(`
  query PortalReturns($authorityId: ID!) {
    programmes(authorityId: $authorityId) { id name }
    posts(authorityId: $authorityId) { id serviceId }
  }
`);

export const PortalProgrammeReturnDocument = graphql(`
  query PortalProgrammeReturn($programmeId: ID!, $serviceId: ID!) {
    activityTaxonomy(programmeId: $programmeId) { id retired }
    activityShares(programmeId: $programmeId, serviceId: $serviceId) { postId }
  }
`);

export type ReturnRequest = { programmeId: string; programmeName: string; returned: boolean };

export function portalHomeOptions(authorityId: string) {
  return queryOptions({
    queryKey: portalKeys.home(authorityId),
    queryFn: async () => (await execute(PortalHomeDocument, { authorityId })).authority,
  });
}

// Every programme with activities to return against asks for this service's return, once its
// posts are in the establishment.
export function portalReturnsOptions(authorityId: string, serviceId: string) {
  return queryOptions({
    queryKey: portalKeys.returns(authorityId, serviceId),
    queryFn: async (): Promise<ReturnRequest[]> => {
      const { programmes, posts } = await execute(PortalReturnsDocument, { authorityId });
      const mine = posts.filter((p) => p.serviceId === serviceId);
      if (mine.length === 0) return [];
      const perProgramme = await Promise.all(
        programmes.map(async (programme) => {
          const { activityTaxonomy, activityShares } = await execute(PortalProgrammeReturnDocument, { programmeId: programme.id, serviceId });
          if (!activityTaxonomy.some((a) => !a.retired)) return [];
          return [{ programmeId: programme.id, programmeName: programme.name, returned: activityShares.length > 0 }];
        }),
      );
      return perProgramme.flat();
    },
    // Returns can arrive from the consultancy too: ask again whenever the home page opens.
    staleTime: 0,
  });
}
