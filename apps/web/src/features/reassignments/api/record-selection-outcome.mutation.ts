import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordSelectionOutcomeInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDecision } from './invalidate-reassignments';

export const RecordSelectionOutcomeDocument = graphql(`
  mutation RecordSelectionOutcome($input: RecordSelectionOutcomeInput!) {
    recordSelectionOutcome(input: $input) { postId outcome }
  }
`);

export function useRecordSelectionOutcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordSelectionOutcomeInput) => (await execute(RecordSelectionOutcomeDocument, { input })).recordSelectionOutcome,
    onSuccess: () => invalidateAfterDecision(queryClient),
  });
}
