import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ImportSheetInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { establishmentKeys } from './establishment.queries';

export const ImportPostsDocument = graphql(`
  mutation ImportPosts($input: ImportSheetInput!) {
    importPosts(input: $input) { importId fileName rowCount created updated unchanged }
  }
`);

// All or nothing: a rejected sheet comes back as BAD_USER_INPUT with `details.problems`.
export function useImportPosts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ImportSheetInput) => (await execute(ImportPostsDocument, { input })).importPosts,
    // Wait for fresh answers (also of pages not on screen), so whatever shows next is current.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: establishmentKeys.all, refetchType: 'all' }),
  });
}
