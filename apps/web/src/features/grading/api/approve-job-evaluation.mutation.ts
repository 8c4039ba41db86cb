import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ApproveJobEvaluationInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterGrading } from './invalidate-grading';

export const ApproveJobEvaluationDocument = graphql(`
  mutation ApproveJobEvaluation($input: ApproveJobEvaluationInput!) {
    approveJobEvaluation(input: $input) { designPostId evaluationStatus grade }
  }
`);

export function useApproveJobEvaluation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ApproveJobEvaluationInput) => (await execute(ApproveJobEvaluationDocument, { input })).approveJobEvaluation,
    onSuccess: () => invalidateAfterGrading(queryClient),
  });
}
