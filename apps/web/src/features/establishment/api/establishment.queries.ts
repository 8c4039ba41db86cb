import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export type PostFilters = { serviceId?: string };

export const establishmentKeys = {
  all: ['establishment'] as const,
  authorities: () => [...establishmentKeys.all, 'authorities'] as const,
  authority: (authorityId: string) => [...establishmentKeys.all, 'authority', authorityId] as const,
  posts: (authorityId: string, filters: PostFilters) => [...establishmentKeys.all, 'posts', authorityId, filters] as const,
};

export const EstablishmentAuthoritiesDocument = graphql(`
  query EstablishmentAuthorities {
    authorities { id name kind serviceCount }
  }
`);

export const EstablishmentAuthorityDocument = graphql(`
  query EstablishmentAuthority($id: ID!) {
    authority(id: $id) { id name services { id name } }
    tenantSettings { allowPostholderNames }
  }
`);

export const PostsDocument = graphql(`
  query Posts($authorityId: ID!, $serviceId: ID) {
    posts(authorityId: $authorityId, serviceId: $serviceId) {
      id reference serviceId serviceName title grade scp fte postholderRef vacant budgetedAnnualCostPence
    }
  }
`);

export function establishmentAuthoritiesOptions() {
  return queryOptions({
    queryKey: establishmentKeys.authorities(),
    queryFn: async () => (await execute(EstablishmentAuthoritiesDocument)).authorities,
  });
}

export function establishmentAuthorityOptions(authorityId: string) {
  return queryOptions({
    queryKey: establishmentKeys.authority(authorityId),
    queryFn: async () => {
      const { authority, tenantSettings } = await execute(EstablishmentAuthorityDocument, { id: authorityId });
      return { ...authority, allowPostholderNames: tenantSettings.allowPostholderNames };
    },
  });
}

export function postsOptions(authorityId: string, filters: PostFilters = {}) {
  return queryOptions({
    queryKey: establishmentKeys.posts(authorityId, filters),
    queryFn: async () => (await execute(PostsDocument, { authorityId, serviceId: filters.serviceId ?? null })).posts,
  });
}
