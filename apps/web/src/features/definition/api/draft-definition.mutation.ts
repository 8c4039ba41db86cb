import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DraftContractManagementDefinitionInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { definitionKeys } from './definition.queries';

export const DraftContractManagementDefinitionDocument = graphql(`
  mutation DraftContractManagementDefinition($input: DraftContractManagementDefinitionInput!) {
    draftContractManagementDefinition(input: $input) {
      programmeId version text
      agreements { stakeholderName stakeholderRole }
      versions { version text agreements { stakeholderName stakeholderRole } }
    }
  }
`);

export function useDraftDefinition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DraftContractManagementDefinitionInput) =>
      (await execute(DraftContractManagementDefinitionDocument, { input })).draftContractManagementDefinition,
    // The answer is the definition as it now stands: show it at once, then confirm with a refetch.
    onSuccess: (definition) => {
      queryClient.setQueryData(definitionKeys.detail(definition.programmeId), definition);
      return queryClient.invalidateQueries({ queryKey: definitionKeys.detail(definition.programmeId) });
    },
  });
}
