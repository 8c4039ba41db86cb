import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DraftJobDescriptionInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterGrading } from './invalidate-grading';

export const DraftJobDescriptionDocument = graphql(`
  mutation DraftJobDescription($input: DraftJobDescriptionInput!) {
    draftJobDescription(input: $input) { designPostId jdStatus }
  }
`);

export function useDraftJobDescription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DraftJobDescriptionInput) => (await execute(DraftJobDescriptionDocument, { input })).draftJobDescription,
    onSuccess: () => invalidateAfterGrading(queryClient),
  });
}
