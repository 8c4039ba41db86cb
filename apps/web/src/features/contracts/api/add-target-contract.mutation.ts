import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { AddTargetContractInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateProgrammeStage } from './invalidate-stage';

export const AddTargetContractDocument = graphql(`
  mutation AddTargetContract($input: AddTargetContractInput!) {
    addTargetContract(input: $input) { id reference tier }
  }
`);

export function useAddTargetContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AddTargetContractInput) => (await execute(AddTargetContractDocument, { input })).addTargetContract,
    onSuccess: (_, input) => invalidateProgrammeStage(queryClient, String(input.programmeId)),
  });
}
