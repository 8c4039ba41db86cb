import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { DraftConsultationPlanInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateConsultation } from './invalidate-consultation';

export const DraftConsultationPlanDocument = graphql(`
  mutation DraftConsultationPlan($input: DraftConsultationPlanInput!) {
    draftConsultationPlan(input: $input) { planId status revision }
  }
`);

export function useDraftConsultationPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DraftConsultationPlanInput) => (await execute(DraftConsultationPlanDocument, { input })).draftConsultationPlan,
    onSuccess: () => invalidateConsultation(queryClient),
  });
}
