import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DealStepInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDealStep } from './invalidate-deals';

export const RejectFteDealAmendmentDocument = graphql(`
  mutation RejectFteDealAmendment($input: DealStepInput!) {
    rejectFteDealAmendment(input: $input) { id status version }
  }
`);

export function useRejectFteDealAmendment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DealStepInput) => (await execute(RejectFteDealAmendmentDocument, { input })).rejectFteDealAmendment,
    onSuccess: () => invalidateAfterDealStep(queryClient),
  });
}
