import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { LogTradeUnionEngagementInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateConsultation } from './invalidate-consultation';

export const LogTradeUnionEngagementDocument = graphql(`
  mutation LogTradeUnionEngagement($input: LogTradeUnionEngagementInput!) {
    logTradeUnionEngagement(input: $input) { planId status revision }
  }
`);

export function useLogTradeUnionEngagement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LogTradeUnionEngagementInput) => (await execute(LogTradeUnionEngagementDocument, { input })).logTradeUnionEngagement,
    onSuccess: () => invalidateConsultation(queryClient),
  });
}
