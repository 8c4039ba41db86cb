import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DealStepInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDealStep } from './invalidate-deals';

export const AgreeFteDealAmendmentDocument = graphql(`
  mutation AgreeFteDealAmendment($input: DealStepInput!) {
    agreeFteDealAmendment(input: $input) { id status version }
  }
`);

export function useAgreeFteDealAmendment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DealStepInput) => (await execute(AgreeFteDealAmendmentDocument, { input })).agreeFteDealAmendment,
    onSuccess: () => invalidateAfterDealStep(queryClient),
  });
}
