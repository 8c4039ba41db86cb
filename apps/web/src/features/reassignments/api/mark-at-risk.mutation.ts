import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { MarkAtRiskInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDecision } from './invalidate-reassignments';

export const MarkAtRiskDocument = graphql(`
  mutation MarkAtRisk($input: MarkAtRiskInput!) {
    markAtRisk(input: $input) { postId outcome }
  }
`);

export function useMarkAtRisk() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: MarkAtRiskInput) => (await execute(MarkAtRiskDocument, { input })).markAtRisk,
    onSuccess: () => invalidateAfterDecision(queryClient),
  });
}
