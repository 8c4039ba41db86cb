import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { UpdateTargetContractInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateProgrammeStage } from './invalidate-stage';

export const UpdateTargetContractDocument = graphql(`
  mutation UpdateTargetContract($input: UpdateTargetContractInput!) {
    updateTargetContract(input: $input) { id reference tier revision }
  }
`);

// Sent with the register revision the person saw: CONFLICT means someone changed the register since.
export function useUpdateTargetContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateTargetContractInput) => (await execute(UpdateTargetContractDocument, { input })).updateTargetContract,
    onSuccess: (_, input) => invalidateProgrammeStage(queryClient, String(input.programmeId)),
  });
}
