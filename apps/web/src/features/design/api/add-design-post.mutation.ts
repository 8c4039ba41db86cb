import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { AddDesignPostInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDesignChange } from './invalidate-design';

export const AddDesignPostDocument = graphql(`
  mutation AddDesignPost($input: AddDesignPostInput!) {
    addDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }
  }
`);

export function useAddDesignPost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AddDesignPostInput) => (await execute(AddDesignPostDocument, { input })).addDesignPost,
    onSuccess: () => invalidateAfterDesignChange(queryClient),
  });
}
