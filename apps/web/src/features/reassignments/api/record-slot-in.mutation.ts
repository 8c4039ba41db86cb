import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordSlotInInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateAfterDecision } from './invalidate-reassignments';

export const RecordSlotInDocument = graphql(`
  mutation RecordSlotIn($input: RecordSlotInInput!) {
    recordSlotIn(input: $input) { postId outcome }
  }
`);

export function useRecordSlotIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordSlotInInput) => (await execute(RecordSlotInDocument, { input })).recordSlotIn,
    onSuccess: () => invalidateAfterDecision(queryClient),
  });
}
