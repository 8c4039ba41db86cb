import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { StartTrialPeriodInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDecision } from './invalidate-reassignments';

export const StartTrialPeriodDocument = graphql(`
  mutation StartTrialPeriod($input: StartTrialPeriodInput!) {
    startTrialPeriod(input: $input) { postId outcome }
  }
`);

export function useStartTrialPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: StartTrialPeriodInput) => (await execute(StartTrialPeriodDocument, { input })).startTrialPeriod,
    onSuccess: () => invalidateAfterDecision(queryClient),
  });
}
