import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { AcceptRecruitmentPlanInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateHandover } from './invalidate-handover';

export const AcceptRecruitmentPlanDocument = graphql(`
  mutation AcceptRecruitmentPlan($input: AcceptRecruitmentPlanInput!) {
    acceptRecruitmentPlan(input: $input) { programmeId status }
  }
`);

export function useAcceptRecruitmentPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AcceptRecruitmentPlanInput) => (await execute(AcceptRecruitmentPlanDocument, { input })).acceptRecruitmentPlan,
    onSuccess: () => invalidateHandover(queryClient),
  });
}
