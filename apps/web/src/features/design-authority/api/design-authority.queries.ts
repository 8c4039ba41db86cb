import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DesignAuthorityQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const designAuthorityKeys = {
  all: ['design-authority'] as const,
  detail: (programmeId: string) => [...designAuthorityKeys.all, 'detail', programmeId] as const,
};

export const DesignAuthorityDocument = graphql(`
  query DesignAuthority($programmeId: ID!) {
    designAuthority(programmeId: $programmeId) {
      programmeId
      gate { open reason submissionId decision openBlockingConditions { conditionId text owner dueDate } }
      submissions {
        submissionId submittedOn status supersededBy
        decision { decision meetingDate asksFor reasons }
        conditions { conditionId text owner dueDate blocking discharged dischargedOn evidence }
        snapshot {
          optionId optionName totalCostPence costingBasis agreedFte neededFte gapFte consultationOutline
          financialYear goLiveDate notGradedPence oneOffPence
          nonPay { label pence }
          oneOffCosts { kind label pence }
          financeSignOff { signedOff signedOn current }
          posts { designPostId title grade fte pence costedInFull }
          fundingByYear { financialYear agreedPence pipelinePence neededPence gapPence }
          deals { dealId serviceName status fte }
          grading { designPostId jd evaluation grade }
        }
      }
    }
  }
`);

export type DesignAuthorityView = DesignAuthorityQuery['designAuthority'];
export type Submission = DesignAuthorityView['submissions'][number];
export type Gate = DesignAuthorityView['gate'];

export function designAuthorityOptions(programmeId: string) {
  return queryOptions({
    queryKey: designAuthorityKeys.detail(programmeId),
    queryFn: async () => (await execute(DesignAuthorityDocument, { programmeId })).designAuthority,
  });
}
