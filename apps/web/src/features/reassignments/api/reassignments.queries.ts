import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const reassignmentKeys = {
  all: ['reassignments'] as const,
  map: (programmeId: string) => [...reassignmentKeys.all, 'map', programmeId] as const,
};

// The map, the as-is posts' postholders (the map carries no postholder) and the chosen option's
// posts, for the to-be side's titles.
export const TransitionMapDocument = graphql(`
  query TransitionMap($programmeId: ID!, $authorityId: ID!) {
    transitionMap(programmeId: $programmeId) {
      programmeId chosenOptionId
      asIs {
        postId reference title serviceId grade fte vacant inEstablishment outcome designPostId route poolId dealId
        redeployment { toDescription priorityInterview }
        trial { designPostId startDate endDate extendedByWrittenAgreement }
        payProtection { protectedGrade startDate endDate }
        history { type reason at by effectiveDate designPostId }
      }
      toBe { designPostId title grade fte filledFte unfilledFte sources { postId reference fte how } }
      pools { id name postIds designPostIds }
    }
    posts(authorityId: $authorityId) { id serviceName postholderRef }
    fteDeals(programmeId: $programmeId) { id serviceId serviceName status }
  }
`);

export function transitionMapOptions(programmeId: string, authorityId: string) {
  return queryOptions({
    queryKey: [...reassignmentKeys.map(programmeId), authorityId] as const,
    queryFn: () => execute(TransitionMapDocument, { programmeId, authorityId }),
  });
}
