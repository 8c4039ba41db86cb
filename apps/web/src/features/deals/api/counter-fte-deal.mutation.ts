import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DealOfferInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDealStep } from './invalidate-deals';

export const CounterFteDealDocument = graphql(`
  mutation CounterFteDeal($input: DealOfferInput!) {
    counterFteDeal(input: $input) { id status version }
  }
`);

export function useCounterFteDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DealOfferInput) => (await execute(CounterFteDealDocument, { input })).counterFteDeal,
    onSuccess: () => invalidateAfterDealStep(queryClient),
  });
}
