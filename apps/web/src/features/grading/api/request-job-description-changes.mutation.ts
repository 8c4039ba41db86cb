import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RequestJobDescriptionChangesInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterGrading } from './invalidate-grading';

export const RequestJobDescriptionChangesDocument = graphql(`
  mutation RequestJobDescriptionChanges($input: RequestJobDescriptionChangesInput!) {
    requestJobDescriptionChanges(input: $input) { designPostId jdStatus }
  }
`);

export function useRequestJobDescriptionChanges() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RequestJobDescriptionChangesInput) => (await execute(RequestJobDescriptionChangesDocument, { input })).requestJobDescriptionChanges,
    onSuccess: () => invalidateAfterGrading(queryClient),
  });
}
