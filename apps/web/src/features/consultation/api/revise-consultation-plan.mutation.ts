import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ReviseConsultationPlanInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';
import { invalidateConsultation } from './invalidate-consultation';

export const ReviseConsultationPlanDocument = graphql(`
  mutation ReviseConsultationPlan($input: ReviseConsultationPlanInput!) {
    reviseConsultationPlan(input: $input) { planId status revision }
  }
`);

export function useReviseConsultationPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ReviseConsultationPlanInput) => (await execute(ReviseConsultationPlanDocument, { input })).reviseConsultationPlan,
    onSuccess: () => invalidateConsultation(queryClient),
  });
}
