import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { EndTrialPeriodInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDecision } from './invalidate-reassignments';

export const EndTrialPeriodDocument = graphql(`
  mutation EndTrialPeriod($input: EndTrialPeriodInput!) {
    endTrialPeriod(input: $input) { postId outcome }
  }
`);

export function useEndTrialPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: EndTrialPeriodInput) => (await execute(EndTrialPeriodDocument, { input })).endTrialPeriod,
    onSuccess: () => invalidateAfterDecision(queryClient),
  });
}
