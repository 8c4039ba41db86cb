import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ReviseDesignPostInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDesignChange } from './invalidate-design';

export const ReviseDesignPostDocument = graphql(`
  mutation ReviseDesignPost($input: ReviseDesignPostInput!) {
    reviseDesignPost(input: $input) { optionId designPostId design { revision chosenOptionId } }
  }
`);

export function useReviseDesignPost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ReviseDesignPostInput) => (await execute(ReviseDesignPostDocument, { input })).reviseDesignPost,
    onSuccess: () => invalidateAfterDesignChange(queryClient),
  });
}
