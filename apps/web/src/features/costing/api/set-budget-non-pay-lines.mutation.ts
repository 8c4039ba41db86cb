import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SetBudgetNonPayLinesInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { costingKeys } from './costing.queries';

export const SetBudgetNonPayLinesDocument = graphql(`
  mutation SetBudgetNonPayLines($input: SetBudgetNonPayLinesInput!) {
    setBudgetNonPayLines(input: $input) { programmeId nonPayTotalPence }
  }
`);

export function useSetBudgetNonPayLines() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SetBudgetNonPayLinesInput) => (await execute(SetBudgetNonPayLinesDocument, { input })).setBudgetNonPayLines,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: costingKeys.all, refetchType: 'all' }),
  });
}
