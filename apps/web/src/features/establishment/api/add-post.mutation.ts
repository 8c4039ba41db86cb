import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { AddPostInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { establishmentKeys } from './establishment.queries';

export const AddPostDocument = graphql(`
  mutation AddPost($input: AddPostInput!) {
    addPost(input: $input) { id reference }
  }
`);

export function useAddPost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AddPostInput) => (await execute(AddPostDocument, { input })).addPost,
    // Wait for fresh answers (also of pages not on screen), so whatever shows next is current.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: establishmentKeys.all, refetchType: 'all' }),
  });
}
