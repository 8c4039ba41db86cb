import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DraftRecruitmentPlanInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateHandover } from './invalidate-handover';

export const DraftRecruitmentPlanDocument = graphql(`
  mutation DraftRecruitmentPlan($input: DraftRecruitmentPlanInput!) {
    draftRecruitmentPlan(input: $input) { programmeId status }
  }
`);

export function useDraftRecruitmentPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DraftRecruitmentPlanInput) => (await execute(DraftRecruitmentPlanDocument, { input })).draftRecruitmentPlan,
    onSuccess: () => invalidateHandover(queryClient),
  });
}
