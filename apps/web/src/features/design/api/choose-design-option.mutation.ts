import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ChooseDesignOptionInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDesignChange } from './invalidate-design';

export const ChooseDesignOptionDocument = graphql(`
  mutation ChooseDesignOption($input: ChooseDesignOptionInput!) {
    chooseDesignOption(input: $input) { optionId designPostId design { revision chosenOptionId } }
  }
`);

export function useChooseDesignOption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ChooseDesignOptionInput) => (await execute(ChooseDesignOptionDocument, { input })).chooseDesignOption,
    onSuccess: () => invalidateAfterDesignChange(queryClient),
  });
}
