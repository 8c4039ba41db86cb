import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordExitCostInputsInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { costingKeys } from './costing.queries';

export const RecordExitCostInputsDocument = graphql(`
  mutation RecordExitCostInputs($input: RecordExitCostInputsInput!) {
    recordExitCostInputs(input: $input) { postId }
  }
`);

export function useRecordExitCostInputs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordExitCostInputsInput) => (await execute(RecordExitCostInputsDocument, { input })).recordExitCostInputs,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: costingKeys.all, refetchType: 'all' }),
  });
}
