import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ApplyTemplateInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const ApplyTemplateDocument = graphql(`
  mutation ApplyTemplate($input: ApplyTemplateInput!) {
    applyTemplate(input: $input) { programmeId templateId activities tiers }
  }
`);

export function useApplyTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ApplyTemplateInput) => (await execute(ApplyTemplateDocument, { input })).applyTemplate,
    // A template replaces the taxonomy (activity analysis), the tier rules (contracts) and the capacity
    // assumptions: every section that shows the programme is stale, so refresh them all.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
