import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DealOfferInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDealStep } from './invalidate-deals';

export const CounterFteDealAmendmentDocument = graphql(`
  mutation CounterFteDealAmendment($input: DealOfferInput!) {
    counterFteDealAmendment(input: $input) { id status version }
  }
`);

export function useCounterFteDealAmendment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DealOfferInput) => (await execute(CounterFteDealAmendmentDocument, { input })).counterFteDealAmendment,
    onSuccess: () => invalidateAfterDealStep(queryClient),
  });
}
