import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ProposeFteDealInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDealStep } from './invalidate-deals';

export const ProposeFteDealDocument = graphql(`
  mutation ProposeFteDeal($input: ProposeFteDealInput!) {
    proposeFteDeal(input: $input) { id status version }
  }
`);

export function useProposeFteDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ProposeFteDealInput) => (await execute(ProposeFteDealDocument, { input })).proposeFteDeal,
    onSuccess: () => invalidateAfterDealStep(queryClient),
  });
}
