import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { RecordRecruitmentStageCompletedInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateHandover } from './invalidate-handover';

export const RecordRecruitmentStageCompletedDocument = graphql(`
  mutation RecordRecruitmentStageCompleted($input: RecordRecruitmentStageCompletedInput!) {
    recordRecruitmentStageCompleted(input: $input) { programmeId status }
  }
`);

export function useRecordStageCompleted() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordRecruitmentStageCompletedInput) => (await execute(RecordRecruitmentStageCompletedDocument, { input })).recordRecruitmentStageCompleted,
    onSuccess: () => invalidateHandover(queryClient),
  });
}
