import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RemoveTargetContractInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateProgrammeStage } from './invalidate-stage';

export const RemoveTargetContractDocument = graphql(`
  mutation RemoveTargetContract($input: RemoveTargetContractInput!) {
    removeTargetContract(input: $input)
  }
`);

export function useRemoveTargetContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RemoveTargetContractInput) => (await execute(RemoveTargetContractDocument, { input })).removeTargetContract,
    onSuccess: (_, input) => invalidateProgrammeStage(queryClient, String(input.programmeId)),
  });
}
