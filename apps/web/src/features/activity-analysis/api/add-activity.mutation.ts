import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { AddActivityInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { analysisKeys } from './analysis.queries';

export const AddActivityDocument = graphql(`
  mutation AddActivity($input: AddActivityInput!) {
    addActivity(input: $input) { id }
  }
`);

export function useAddActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AddActivityInput) => (await execute(AddActivityDocument, { input })).addActivity,
    // Wait for fresh answers (also of pages not on screen), so whatever shows next is current.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: analysisKeys.all, refetchType: 'all' }),
  });
}
