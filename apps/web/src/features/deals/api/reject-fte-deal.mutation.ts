import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DealStepInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDealStep } from './invalidate-deals';

export const RejectFteDealDocument = graphql(`
  mutation RejectFteDeal($input: DealStepInput!) {
    rejectFteDeal(input: $input) { id status version }
  }
`);

export function useRejectFteDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DealStepInput) => (await execute(RejectFteDealDocument, { input })).rejectFteDeal,
    onSuccess: () => invalidateAfterDealStep(queryClient),
  });
}
