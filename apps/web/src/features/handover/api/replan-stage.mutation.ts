import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ReplanRecruitmentStageInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateHandover } from './invalidate-handover';

export const ReplanRecruitmentStageDocument = graphql(`
  mutation ReplanRecruitmentStage($input: ReplanRecruitmentStageInput!) {
    replanRecruitmentStage(input: $input) { programmeId status }
  }
`);

export function useReplanStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ReplanRecruitmentStageInput) => (await execute(ReplanRecruitmentStageDocument, { input })).replanRecruitmentStage,
    onSuccess: () => invalidateHandover(queryClient),
  });
}
