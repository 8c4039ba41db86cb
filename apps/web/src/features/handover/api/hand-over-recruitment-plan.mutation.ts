import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { HandOverRecruitmentPlanInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateHandover } from './invalidate-handover';

export const HandOverRecruitmentPlanDocument = graphql(`
  mutation HandOverRecruitmentPlan($input: HandOverRecruitmentPlanInput!) {
    handOverRecruitmentPlan(input: $input) { programmeId status }
  }
`);

export function useHandOverRecruitmentPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: HandOverRecruitmentPlanInput) => (await execute(HandOverRecruitmentPlanDocument, { input })).handOverRecruitmentPlan,
    onSuccess: () => invalidateHandover(queryClient),
  });
}
