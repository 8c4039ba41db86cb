import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordJobEvaluationInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterGrading } from './invalidate-grading';

export const RecordJobEvaluationDocument = graphql(`
  mutation RecordJobEvaluation($input: RecordJobEvaluationInput!) {
    recordJobEvaluation(input: $input) { designPostId evaluationStatus }
  }
`);

export function useRecordJobEvaluation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordJobEvaluationInput) => (await execute(RecordJobEvaluationDocument, { input })).recordJobEvaluation,
    onSuccess: () => invalidateAfterGrading(queryClient),
  });
}
