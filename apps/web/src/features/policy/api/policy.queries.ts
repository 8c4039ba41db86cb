import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CouncilPolicyQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const policyKeys = {
  all: ['policy'] as const,
  detail: (authorityId: string) => [...policyKeys.all, 'detail', authorityId] as const,
};

export const CouncilPolicyDocument = graphql(`
  query CouncilPolicy($authorityId: ID!) {
    authority(id: $authorityId) { id name }
    councilPolicy(authorityId: $authorityId) {
      authorityId
      on
      inForce {
        origin version effectiveFrom label
        pack {
          slotInMinimumJobMatchPercent ringFenceGradesBelow ringFenceGradesAbove trialMaximumWeeks
          payProtection { taper months steps { months percentOfDifference } }
          discretionaryCompensation { actualWeeksPay multiplierPercent maximumWeeks }
          notice { defaultWeeks byGrade { fromGrade toGrade weeks } }
          incrementalDate
        }
      }
      versions { version effectiveFrom reason }
    }
  }
`);

export type CouncilPolicyView = CouncilPolicyQuery['councilPolicy'];
export type PolicyPackView = CouncilPolicyView['inForce']['pack'];

export function councilPolicyOptions(authorityId: string) {
  return queryOptions({
    queryKey: policyKeys.detail(authorityId),
    queryFn: () => execute(CouncilPolicyDocument, { authorityId }),
  });
}
