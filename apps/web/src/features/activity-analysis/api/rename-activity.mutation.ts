import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RenameActivityInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { analysisKeys } from './analysis.queries';

export const RenameActivityDocument = graphql(`
  mutation RenameActivity($input: RenameActivityInput!) {
    renameActivity(input: $input) { id }
  }
`);

export function useRenameActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RenameActivityInput) => (await execute(RenameActivityDocument, { input })).renameActivity,
    // Wait for fresh answers (also of pages not on screen), so whatever shows next is current.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: analysisKeys.all, refetchType: 'all' }),
  });
}
