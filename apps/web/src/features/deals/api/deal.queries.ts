import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const dealKeys = {
  all: ['fte-deals'] as const,
  list: (programmeId: string) => [...dealKeys.all, 'list', programmeId] as const,
  detail: (dealId: string) => [...dealKeys.all, 'detail', dealId] as const,
  servicePosts: (authorityId: string, serviceId: string) => [...dealKeys.all, 'service-posts', authorityId, serviceId] as const,
};

export const FteDealsDocument = graphql(`
  query FteDeals($programmeId: ID!) {
    fteDeals(programmeId: $programmeId) {
      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt
      budget { financialYear pence }
    }
  }
`);

export const FteDealDocument = graphql(`
  query FteDeal($id: ID!) {
    fteDeal(id: $id) {
      id programmeId serviceId serviceName status fte agreedFte offerFte awaiting rounds version lastActivityAt
      terms {
        fte budgetTotalPence effectiveDate linkedChange rationale
        sourcePosts { postId reference title fte postFte }
        budget { financialYear pence }
      }
      offerTerms {
        fte budgetTotalPence effectiveDate linkedChange rationale
        sourcePosts { postId reference title fte postFte }
        budget { financialYear pence }
      }
      history { side action sentence actorName actorRole reason at onBehalfOfService fte budgetTotal }
      notes { text authorName at }
    }
  }
`);

// A service director is answered only their own service's posts, which is all the form needs.
export const DealServicePostsDocument = graphql(`
  query DealServicePosts($authorityId: ID!, $serviceId: ID!) {
    posts(authorityId: $authorityId, serviceId: $serviceId) { id reference title fte vacant }
  }
`);

export function fteDealsOptions(programmeId: string) {
  return queryOptions({
    queryKey: dealKeys.list(programmeId),
    queryFn: async () => (await execute(FteDealsDocument, { programmeId })).fteDeals,
  });
}

export function fteDealOptions(dealId: string) {
  return queryOptions({
    queryKey: dealKeys.detail(dealId),
    queryFn: async () => (await execute(FteDealDocument, { id: dealId })).fteDeal,
    // The other side may answer at any time: a deal is always read fresh when its page opens.
    staleTime: 0,
  });
}

export function dealServicePostsOptions(authorityId: string, serviceId: string) {
  return queryOptions({
    queryKey: dealKeys.servicePosts(authorityId, serviceId),
    queryFn: async () => (await execute(DealServicePostsDocument, { authorityId, serviceId })).posts,
  });
}
