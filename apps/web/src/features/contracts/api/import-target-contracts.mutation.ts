import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ImportTargetContractsInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateProgrammeStage } from './invalidate-stage';

export const ImportTargetContractsDocument = graphql(`
  mutation ImportTargetContracts($input: ImportTargetContractsInput!) {
    importTargetContracts(input: $input) { importId fileName rowCount created updated unchanged }
  }
`);

// All or nothing: a rejected sheet comes back as BAD_USER_INPUT with `details.problems`.
export function useImportTargetContracts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ImportTargetContractsInput) => (await execute(ImportTargetContractsDocument, { input })).importTargetContracts,
    onSuccess: (_, input) => invalidateProgrammeStage(queryClient, String(input.programmeId)),
  });
}
