import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { UpdatePostInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { establishmentKeys } from './establishment.queries';

export const UpdatePostDocument = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) { id reference }
  }
`);

export function useUpdatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdatePostInput) => (await execute(UpdatePostDocument, { input })).updatePost,
    // Wait for fresh answers (also of pages not on screen), so whatever shows next is current.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: establishmentKeys.all, refetchType: 'all' }),
  });
}
