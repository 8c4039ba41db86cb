import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RemoveDesignPostInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDesignChange } from './invalidate-design';

export const RemoveDesignPostDocument = graphql(`
  mutation RemoveDesignPost($input: RemoveDesignPostInput!) {
    removeDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }
  }
`);

export function useRemoveDesignPost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RemoveDesignPostInput) => (await execute(RemoveDesignPostDocument, { input })).removeDesignPost,
    onSuccess: () => invalidateAfterDesignChange(queryClient),
  });
}
