import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ApproveJobDescriptionInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterGrading } from './invalidate-grading';

export const ApproveJobDescriptionDocument = graphql(`
  mutation ApproveJobDescription($input: ApproveJobDescriptionInput!) {
    approveJobDescription(input: $input) { designPostId jdStatus }
  }
`);

export function useApproveJobDescription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ApproveJobDescriptionInput) => (await execute(ApproveJobDescriptionDocument, { input })).approveJobDescription,
    onSuccess: () => invalidateAfterGrading(queryClient),
  });
}
