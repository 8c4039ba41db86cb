import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RetireActivityInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { analysisKeys } from './analysis.queries';

export const RetireActivityDocument = graphql(`
  mutation RetireActivity($input: RetireActivityInput!) {
    retireActivity(input: $input) { id }
  }
`);

export function useRetireActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RetireActivityInput) => (await execute(RetireActivityDocument, { input })).retireActivity,
    // Wait for fresh answers (also of pages not on screen), so whatever shows next is current.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: analysisKeys.all, refetchType: 'all' }),
  });
}
