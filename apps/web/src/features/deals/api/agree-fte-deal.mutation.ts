import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DealStepInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDealStep } from './invalidate-deals';

export const AgreeFteDealDocument = graphql(`
  mutation AgreeFteDeal($input: DealStepInput!) {
    agreeFteDeal(input: $input) { id status version }
  }
`);

export function useAgreeFteDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DealStepInput) => (await execute(AgreeFteDealDocument, { input })).agreeFteDeal,
    onSuccess: () => invalidateAfterDealStep(queryClient),
  });
}
