import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DealOfferInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDealStep } from './invalidate-deals';

export const ProposeFteDealAmendmentDocument = graphql(`
  mutation ProposeFteDealAmendment($input: DealOfferInput!) {
    proposeFteDealAmendment(input: $input) { id status version }
  }
`);

export function useProposeFteDealAmendment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DealOfferInput) => (await execute(ProposeFteDealAmendmentDocument, { input })).proposeFteDealAmendment,
    onSuccess: () => invalidateAfterDealStep(queryClient),
  });
}
