import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ReturnRecruitmentPlanInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateHandover } from './invalidate-handover';

export const ReturnRecruitmentPlanDocument = graphql(`
  mutation ReturnRecruitmentPlan($input: ReturnRecruitmentPlanInput!) {
    returnRecruitmentPlan(input: $input) { programmeId status }
  }
`);

export function useReturnRecruitmentPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ReturnRecruitmentPlanInput) => (await execute(ReturnRecruitmentPlanDocument, { input })).returnRecruitmentPlan,
    onSuccess: () => invalidateHandover(queryClient),
  });
}
