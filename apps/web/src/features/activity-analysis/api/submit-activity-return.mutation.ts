import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SubmitActivityReturnInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { analysisKeys } from './analysis.queries';

export const SubmitActivityReturnDocument = graphql(`
  mutation SubmitActivityReturn($input: SubmitActivityReturnInput!) {
    submitActivityReturn(input: $input) { returnId posts }
  }
`);

export function useSubmitActivityReturn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SubmitActivityReturnInput) => (await execute(SubmitActivityReturnDocument, { input })).submitActivityReturn,
    // Wait for fresh answers (also of pages not on screen), so whatever shows next is current.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: analysisKeys.all, refetchType: 'all' }),
  });
}
