import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordDefinitionAgreementInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { definitionKeys } from './definition.queries';

export const RecordDefinitionAgreementDocument = graphql(`
  mutation RecordDefinitionAgreement($input: RecordDefinitionAgreementInput!) {
    recordDefinitionAgreement(input: $input) {
      programmeId version text
      agreements { stakeholderName stakeholderRole }
      versions { version text agreements { stakeholderName stakeholderRole } }
    }
  }
`);

export function useRecordDefinitionAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordDefinitionAgreementInput) =>
      (await execute(RecordDefinitionAgreementDocument, { input })).recordDefinitionAgreement,
    onSuccess: (definition) => {
      queryClient.setQueryData(definitionKeys.detail(definition.programmeId), definition);
      return queryClient.invalidateQueries({ queryKey: definitionKeys.detail(definition.programmeId) });
    },
  });
}
