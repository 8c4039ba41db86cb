import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const fundingKeys = {
  all: ['funding'] as const,
  position: (programmeId: string) => [...fundingKeys.all, 'position', programmeId] as const,
};

export const FundingPositionDocument = graphql(`
  query FundingPosition($programmeId: ID!) {
    fundingPosition(programmeId: $programmeId) {
      programmeId agreedFte pipelineFte neededFte gapFte needSource goLiveDate
      byYear { financialYear agreedPence pipelinePence neededPence gapPence indicativePence oneOffPence daysCosted }
    }
  }
`);

export function fundingPositionOptions(programmeId: string) {
  return queryOptions({
    queryKey: fundingKeys.position(programmeId),
    queryFn: async () => (await execute(FundingPositionDocument, { programmeId })).fundingPosition,
  });
}
