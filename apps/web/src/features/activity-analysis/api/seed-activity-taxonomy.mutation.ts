import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SeedActivityTaxonomyInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { analysisKeys } from './analysis.queries';

export const SeedActivityTaxonomyDocument = graphql(`
  mutation SeedActivityTaxonomy($input: SeedActivityTaxonomyInput!) {
    seedActivityTaxonomy(input: $input) { id }
  }
`);

export function useSeedActivityTaxonomy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SeedActivityTaxonomyInput) => (await execute(SeedActivityTaxonomyDocument, { input })).seedActivityTaxonomy,
    // Wait for fresh answers (also of pages not on screen), so whatever shows next is current.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: analysisKeys.all, refetchType: 'all' }),
  });
}
