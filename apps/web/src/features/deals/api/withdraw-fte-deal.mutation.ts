import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DealStepInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDealStep } from './invalidate-deals';

export const WithdrawFteDealDocument = graphql(`
  mutation WithdrawFteDeal($input: DealStepInput!) {
    withdrawFteDeal(input: $input) { id status version }
  }
`);

export function useWithdrawFteDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DealStepInput) => (await execute(WithdrawFteDealDocument, { input })).withdrawFteDeal,
    onSuccess: () => invalidateAfterDealStep(queryClient),
  });
}
