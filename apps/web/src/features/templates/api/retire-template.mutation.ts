import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RetireTemplateInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { templateKeys } from './templates.queries';

export const RetireTemplateDocument = graphql(`
  mutation RetireTemplate($input: RetireTemplateInput!) {
    retireTemplate(input: $input) { id name retired }
  }
`);

export function useRetireTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RetireTemplateInput) => (await execute(RetireTemplateDocument, { input })).retireTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all, refetchType: 'all' }),
  });
}
