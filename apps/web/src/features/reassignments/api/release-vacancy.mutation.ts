import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ReleaseVacancyInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDecision } from './invalidate-reassignments';

export const ReleaseVacancyDocument = graphql(`
  mutation ReleaseVacancy($input: ReleaseVacancyInput!) {
    releaseVacancy(input: $input) { postId outcome }
  }
`);

export function useReleaseVacancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ReleaseVacancyInput) => (await execute(ReleaseVacancyDocument, { input })).releaseVacancy,
    onSuccess: () => invalidateAfterDecision(queryClient),
  });
}
