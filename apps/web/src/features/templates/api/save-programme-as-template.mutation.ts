import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SaveProgrammeAsTemplateInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { templateKeys } from './templates.queries';

export const SaveProgrammeAsTemplateDocument = graphql(`
  mutation SaveProgrammeAsTemplate($input: SaveProgrammeAsTemplateInput!) {
    saveProgrammeAsTemplate(input: $input) { id name }
  }
`);

export function useSaveProgrammeAsTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SaveProgrammeAsTemplateInput) => (await execute(SaveProgrammeAsTemplateDocument, { input })).saveProgrammeAsTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all, refetchType: 'all' }),
  });
}
