import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SignOffBudgetInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { costingKeys } from './costing.queries';

export const SignOffBudgetDocument = graphql(`
  mutation SignOffBudget($input: SignOffBudgetInput!) {
    signOffBudget(input: $input) { programmeId signOffs { signedOn current } }
  }
`);

export function useSignOffBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignOffBudgetInput) => (await execute(SignOffBudgetDocument, { input })).signOffBudget,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: costingKeys.all, refetchType: 'all' }),
  });
}
