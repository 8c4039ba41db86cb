import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordRedeploymentInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDecision } from './invalidate-reassignments';

export const RecordRedeploymentDocument = graphql(`
  mutation RecordRedeployment($input: RecordRedeploymentInput!) {
    recordRedeployment(input: $input) { postId outcome }
  }
`);

export function useRecordRedeployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordRedeploymentInput) => (await execute(RecordRedeploymentDocument, { input })).recordRedeployment,
    onSuccess: () => invalidateAfterDecision(queryClient),
  });
}
