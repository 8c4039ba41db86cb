import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RenameDesignOptionInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDesignChange } from './invalidate-design';

export const RenameDesignOptionDocument = graphql(`
  mutation RenameDesignOption($input: RenameDesignOptionInput!) {
    renameDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }
  }
`);

export function useRenameDesignOption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RenameDesignOptionInput) => (await execute(RenameDesignOptionDocument, { input })).renameDesignOption,
    onSuccess: () => invalidateAfterDesignChange(queryClient),
  });
}
