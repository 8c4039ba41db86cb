import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RemovePostInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { establishmentKeys } from './establishment.queries';

export const RemovePostDocument = graphql(`
  mutation RemovePost($input: RemovePostInput!) {
    removePost(input: $input)
  }
`);

export function useRemovePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RemovePostInput) => (await execute(RemovePostDocument, { input })).removePost,
    // Wait for fresh answers (also of pages not on screen), so whatever shows next is current.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: establishmentKeys.all, refetchType: 'all' }),
  });
}
