import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DraftDesignOptionInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDesignChange } from './invalidate-design';

export const DraftDesignOptionDocument = graphql(`
  mutation DraftDesignOption($input: DraftDesignOptionInput!) {
    draftDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }
  }
`);

export function useDraftDesignOption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DraftDesignOptionInput) => (await execute(DraftDesignOptionDocument, { input })).draftDesignOption,
    onSuccess: () => invalidateAfterDesignChange(queryClient),
  });
}
